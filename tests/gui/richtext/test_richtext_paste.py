"""Pasting from Word, web pages and e-mail keeps only the model's formatting; copying and
pasting inside the editor keeps footnotes; nothing is ever fetched from the network."""

from __future__ import annotations

import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QImage, QTextCursor, QTextDocument

from answerletter.gui.richtext import MIME_TYPE, RichTextEditor
from answerletter.gui.richtext.html_import import richtext_from_html, richtext_from_plain
from answerletter.gui.richtext.serial import richtext_from_json, richtext_to_json
from answerletter.model.richtext import (
    LINE_BREAK,
    Block,
    Footnote,
    ListKind,
    Marks,
    RichText,
    Run,
    Script,
)

FIXTURES = Path(__file__).parent / "fixtures"
CTRL = Qt.KeyboardModifier.ControlModifier
B, N = ListKind.BULLET, ListKind.NUMBER
BOLD, ITALIC, UNDER = Marks(bold=True), Marks(italic=True), Marks(underline=True)
SUP, SUB = Marks(script=Script.SUPER), Marks(script=Script.SUB)


def _html_mime(html: str) -> QMimeData:
    mime = QMimeData()
    mime.setHtml(html)
    mime.setText("plain fallback")
    return mime


def _paste(qtbot, editor: RichTextEditor, mime: QMimeData) -> None:
    QGuiApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)


WORD_EXPECTED = RichText(
    (
        Block((Run("Antwoord op vraag 3", BOLD),)),
        Block(
            (
                Run("Het kabinet heeft op 12\u00a0maart een "),
                Run("brief", ITALIC),
                Run(" gestuurd over de "),
                Run("opvang", UNDER),
                Run(" van 1.200 asielzoekers per m"),
                Run("2", SUP),
                Run(" en de uitstoot van CO"),
                Run("2", SUB),
                Run(", zie "),
                Run(
                    "de brief",
                    Marks(
                        link="https://www.rijksoverheid.nl/documenten/kamerstukken/2024/03/12/brief"
                    ),
                ),
                Run("."),
                Footnote(
                    "fn1",
                    (Run("Kamerstuk 19637, nr. "), Run("3012", ITALIC), Run(".")),
                ),
            )
        ),
        # Colour, font, size and highlight go; the tab stays; other link schemes lose the link.
        Block((Run("Gekleurde tekst\tmet een tab, een verdachte link en een bestandslink."),)),
        Block((Run("Eerste maatregel"),), N),
        Block((Run("onderdeel "), Run("a", BOLD)), N, 1),
        Block((Run("Tweede maatregel"),), N),
        Block((Run("Daarnaast:"),)),
        Block((Run("gemeenten"),), B),
        Block((Run("provincies"),), B, 1),
        # A table row becomes one paragraph, its cells separated by tabs.
        Block((Run("Jaar", BOLD), Run("\tAantal"))),
        Block((Run("2023\t1.200"),)),
        # The image goes, its paragraph's text stays.
        Block((Run("Logo hierboven."),)),
    )
)


def test_word_html_keeps_only_the_allowed_formatting():
    html = (FIXTURES / "word_clipboard.html").read_text(encoding="utf-8")
    assert richtext_from_html(html) == WORD_EXPECTED


def test_pasting_word_html_into_the_editor(qtbot, editor):
    html = (FIXTURES / "word_clipboard.html").read_text(encoding="utf-8")
    _paste(qtbot, editor, _html_mime(html))
    got = editor.rich_text()
    # Pasted footnotes get fresh ids; everything else is exactly the filtered text.
    assert got.map_footnotes(lambda n: Footnote("fn1", n.body)) == WORD_EXPECTED
    assert "\ufffc" not in got.plain_text()
    # Word's "1." "a)" "2." paragraphs are one real numbered list with a sub-list.
    document = editor.document()
    items = [document.findBlockByNumber(n) for n in (3, 4, 5)]
    assert [b.textList().itemText(b) for b in items] == ["1.", "a.", "2."]
    assert items[0].textList().objectIndex() == items[2].textList().objectIndex()
    assert items[0].textList().objectIndex() != items[1].textList().objectIndex()
    # One undo step takes the whole paste back.
    editor.undo()
    assert editor.rich_text() == RichText()


def test_web_page_html():
    html = (FIXTURES / "web_page.html").read_text(encoding="utf-8")
    got = richtext_from_html(html)
    kamerbrief = Marks(link="https://www.rijksoverheid.nl/documenten/kamerbrieven/2024/03/12/brief")
    assert got.blocks[1:] == (
        Block((Run("Kabinet neemt maatregelen", BOLD),)),
        Block(
            (
                Run("Het kabinet neemt "),
                Run("nieuwe maatregelen", BOLD),
                Run(" om de opvang te verbeteren. Lees de "),
                Run("Kamerbrief", kamerbrief),
                Run(" of neem contact op."),  # a relative link is no link
            )
        ),
        Block((Run("Meer plekken in "), Run("gemeenten", ITALIC)), B),
        Block((Run("tijdelijk"),), B, 1),
        Block((Run("structureel"),), B, 1),
        Block((Run("Snellere procedures"),), B),
        Block((Run("Eerste stap"),), N),
        Block((Run("Tweede stap"),), N),
        Block((Run("Jaar", BOLD), Run("\t"), Run("Plaatsen", BOLD))),
        Block((Run("2024\t3.000"),)),
        Block((Run("Gemiddeld 12 m"), Run("2", SUP), Run(" per persoon."))),
    )


def test_outlook_mail_with_typed_lists():
    html = (FIXTURES / "outlook_mail.html").read_text(encoding="utf-8")
    got = richtext_from_html(html)
    assert got.blocks[2:7] == (
        Block((Run("de cijfers over 2023;"),), N),
        Block((Run("de planning;"),), N),
        Block((Run("eerst de gemeenten,"),), N, 1),
        Block((Run("dan de provincies."),), N, 1),
        Block((Run("de kosten."),), N),
    )
    assert got.blocks[7] == Block((Run(f"Met vriendelijke groet,{LINE_BREAK}Jan Jansen"),))
    assert got.links() == ("mailto:jan.jansen@minjenv.nl",)  # tel: is not a letter's link


def test_plain_text_lines_and_typed_bullets():
    text = "Beste,\r\n\r\n- punt een\r\n- punt twee\r\n  • sub\r\n\r\nGroet,\tJan"
    assert richtext_from_plain(text) == RichText(
        (
            Block((Run("Beste,"),)),
            Block((Run("punt een"),), B),
            Block((Run("punt twee"),), B),
            Block((Run("sub"),), B, 1),
            Block((Run("Groet,\tJan"),)),
        )
    )


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # Google Docs wraps everything in <b style="font-weight:normal">.
        ('<b style="font-weight:normal"><span>gewoon</span></b>', RichText.plain("gewoon")),
        ('<span style="font-weight:700">vet</span>', RichText((Block((Run("vet", BOLD),)),))),
        (
            '<span style="vertical-align:super">2</span>'
            '<span style="text-decoration:underline">o</span>',
            RichText((Block((Run("2", SUP), Run("o", UNDER))),)),
        ),
        ('<a href="JavaScript:alert(1)">klik</a>', RichText.plain("klik")),
        ('<a href="data:text/html,x">data</a>', RichText.plain("data")),
        ("<p>a&#xFFFC;b<img src=x.png>c</p>", RichText.plain("abc")),
        ("<p>  </p><p>&nbsp;</p>", RichText()),
        ("", RichText()),
        ("<pre>a\n  b</pre>", RichText.plain(f"a{LINE_BREAK}  b")),
    ],
)
def test_html_details(html, expected):
    assert richtext_from_html(html) == expected


def test_copy_and_paste_inside_the_editor_keeps_footnotes(qtbot, editor):
    note = Footnote("fn1", (Run("Kamerstuk 36 200, nr. 4"),))
    editor.set_rich_text(RichText((Block((Run("Zie"), note, Run(" hier"))),)))
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_C, CTRL)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasFormat(MIME_TYPE)
    assert mime.text() == "Zie hier"
    assert "<sup>1</sup>" in mime.html()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    got = editor.rich_text()
    notes = got.footnotes()
    assert [n.body for n in notes] == [note.body, note.body]
    assert notes[0].id == "fn1"
    assert notes[1].id != "fn1"  # a fresh id
    assert got.plain_text() == "Zie hierZie hier"
    assert [editor.marks.number_at(p) for p, _ in editor.footnotes()] == [1, 2]


def test_copy_from_one_editor_to_another_keeps_lists_and_footnotes(qtbot, editor):
    text = RichText(
        (
            Block((Run("punt"), Footnote("fn1", (Run("bron", ITALIC),))), B),
            Block((Run("sub"),), B, 1),
        )
    )
    editor.set_rich_text(text)
    editor.selectAll()
    editor.copy()
    other = RichTextEditor()
    qtbot.addWidget(other)
    other.paste()
    assert other.rich_text() == text


def test_private_clipboard_data_is_read_first_and_checked():
    text = RichText((Block((Run("x", BOLD), Footnote("fn1", ())), N, 2),))
    assert richtext_from_json(richtext_to_json(text)) == text
    for bad in (
        b"",
        b"[]",
        b'{"v": 2, "blocks": []}',
        b'{"v":1,"blocks":[{"c":[["x",{"l":"javascript:x"}]]}]}',
    ):
        with pytest.raises(ValueError):
            richtext_from_json(bad)


def test_damaged_private_data_falls_back_to_html(qtbot, editor):
    mime = _html_mime("<p><b>html</b></p>")
    mime.setData(MIME_TYPE, b"{not json")
    _paste(qtbot, editor, mime)
    assert editor.rich_text() == RichText((Block((Run("html", BOLD),)),))


def test_pasting_into_a_footnote_text_flattens_to_one_paragraph(qtbot):
    inline = RichTextEditor(inline=True)
    qtbot.addWidget(inline)
    inline.insertFromMimeData(_html_mime("<p>een <i>twee</i></p><ul><li>drie</li></ul>"))
    assert inline.rich_text() == RichText(
        (Block((Run("een "), Run("twee", ITALIC), Run(f"{LINE_BREAK}drie"))),)
    )


def test_images_alone_are_refused(editor):
    mime = QMimeData()
    mime.setImageData(QImage(8, 8, QImage.Format.Format_RGB32))
    assert not editor.canInsertFromMimeData(mime)


# -- nothing is fetched --


class _Recorder(BaseHTTPRequestHandler):
    requests: list[str]

    def do_GET(self):
        self.requests.append(self.path)
        body = b"p { color: red }" if self.path.endswith(".css") else b"GIF89a"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def local_server():
    requests: list[str] = []
    handler = type("Handler", (_Recorder,), {"requests": requests})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", requests
    server.shutdown()
    server.server_close()
    thread.join()


def test_pasting_html_fetches_nothing(qtbot, editor, local_server):
    base, requests = local_server
    page = f"""<html><head>
        <link rel="stylesheet" href="{base}/style.css">
        <style>@import url({base}/import.css); p {{ background: url({base}/bg.png) }}</style>
        <script src="{base}/script.js"></script>
        </head><body background="{base}/body.png">
        <p style="background-image:url('{base}/inline.png')">Tekst <img src="{base}/img.png"
           srcset="{base}/img2.png 2x"> met plaatje</p>
        <iframe src="{base}/frame.html"></iframe>
        <object data="{base}/object.svg"></object>
        <video poster="{base}/poster.png" src="{base}/video.mp4"></video>
        <input type="image" src="{base}/input.png">
        <table background="{base}/table.png"><tr><td>cel</td></tr></table>
        </body></html>"""
    _paste(qtbot, editor, _html_mime(page))
    assert editor.rich_text() == RichText.plain("Tekst met plaatje", "cel")
    editor.viewport().grab()  # lay out and paint what was pasted
    # Qt's own HTML path would not load either: the editor refuses every resource.
    assert (
        editor.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(f"{base}/x.png")) is None
    )
    # The server works and has seen only this request.
    with urllib.request.urlopen(f"{base}/sentinel", timeout=5) as response:
        assert response.status == 200
    assert requests == ["/sentinel"]


def test_plain_lines_pasted_into_a_list_item_become_items(qtbot, editor):
    editor.set_rich_text(RichText((Block((), B),)))
    mime = QMimeData()
    mime.setText("een\ntwee")
    _paste(qtbot, editor, mime)
    assert editor.rich_text() == RichText((Block((Run("een"),), B), Block((Run("twee"),), B)))


def test_paste_without_formatting(qtbot, editor):
    _paste(qtbot, editor, _html_mime("<p><b>vet</b></p>"))  # the text form is "plain fallback"
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert editor.rich_text() == RichText((Block((Run("vet", BOLD), Run("plain fallback"))),))


def test_dropped_files_are_left_to_the_window(editor):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile("/tmp/brief.kvb")])
    mime.setText("file:///tmp/brief.kvb")
    assert not editor.canInsertFromMimeData(mime)
    web = QMimeData()
    web.setUrls([QUrl("https://www.tweedekamer.nl")])
    web.setText("https://www.tweedekamer.nl")
    assert editor.canInsertFromMimeData(web)
