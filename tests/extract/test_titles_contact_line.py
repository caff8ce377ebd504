"""An excerpt that opens inside a notice's body: a line of contact details under a bureau's
name (市农业农村局举报电话:0714-3818192) is no title (collected ld01, lead session 41)."""
from __future__ import annotations

from kg.pipeline import build


def test_a_contact_line_is_no_title(write_doc):
    text = ("现将资金分配和项目实施计划予以公告(具体见附件)。\n"
            "公告时间:2024年8月9日—2024年8月18日。\n"
            "市财政局举报电话:0714-871488\n"
            "市农业农村局举报电话:0714-3818192\n"
            "市场监督管理局投诉邮箱:abc@example.com\n"
            "受理单位:大冶市财政局、大冶市农业农村局\n"
            "通讯地址:大冶市七里界路25号农业技术推广大楼501室\n")
    doc = build([write_doc(text, "n.txt")]).documents[0]
    assert "电话" not in doc.title and "邮箱" not in doc.title and "地址" not in doc.title, doc.title


def test_a_short_line_that_is_no_field_still_titles_a_news_item(write_doc):
    text = "全市召开春耕生产工作会议\n3月5日，全市春耕生产工作会议召开。\n"
    doc = build([write_doc(text, "n.txt")]).documents[0]
    assert doc.title == "全市召开春耕生产工作会议"
