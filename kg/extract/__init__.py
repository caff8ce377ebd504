"""Extraction: text -> documents -> outline/tasks -> raw assignments. No reference data."""
