"""Files a member might attach, made on the fly: clean ones, and ones that hide payloads or active content."""

import io
import struct
import zipfile
import zlib

from PIL import Image, ImageCms, PngImagePlugin
from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

PAYLOAD = "<script>alert('polyglot-payload')</script>"
PAYLOAD_MARK = b"polyglot-payload"


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_declaring(width: int, height: int, *, colour_type: int = 6) -> bytes:
    """A tiny PNG whose header declares width × height pixels (a decompression-bomb shape)."""
    header = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")


def gps_tagged_jpeg(size=(64, 32)) -> bytes:
    """A photo as a phone takes it: EXIF with camera, GPS position and a rotated orientation."""
    image = Image.new("RGB", size, (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    exif[0x8825] = {1: "N", 2: (9.0, 30.0, 12.5), 3: "W", 4: (13.0, 42.0, 5.0)}  # GPSInfo: Conakry
    output = io.BytesIO()
    image.save(output, format="JPEG", exif=exif)
    return output.getvalue()


def _icc_with_payload() -> bytes:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return profile + PAYLOAD.encode()  # a parsable profile with a payload appended


def _xmp() -> bytes:
    return (
        b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
        + PAYLOAD.encode()
        + b"</x:xmpmeta><?xpacket end='w'?>"
    )


def polyglot_jpeg(size=(120, 80)) -> bytes:
    """A valid JPEG whose comment, EXIF (GPS, description), XMP, ICC profile and an APP segment carry HTML."""
    image = Image.new("RGB", size, (10, 120, 200))
    exif = Image.Exif()
    exif[0x010E] = PAYLOAD  # ImageDescription
    exif[0x8825] = {1: "N", 2: (9.0, 30.0, 12.5), 3: "W", 4: (13.0, 42.0, 5.0)}
    output = io.BytesIO()
    image.save(output, format="JPEG", comment=PAYLOAD.encode(), exif=exif, xmp=_xmp(), icc_profile=_icc_with_payload())
    data = output.getvalue()
    app13 = b"Photoshop 3.0\x00" + PAYLOAD.encode()
    segment = b"\xff\xed" + struct.pack(">H", len(app13) + 2) + app13
    return data[:2] + segment + data[2:]  # an APP13 right after SOI, as Photoshop writes it


def polyglot_png(size=(90, 60), *, mode="RGBA") -> bytes:
    """A valid PNG with tEXt, zTXt, iTXt, eXIf, iCCP and a trailing payload after IEND."""
    image = Image.new(mode, size, (10, 120, 200, 255) if mode == "RGBA" else (10, 120, 200))
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", PAYLOAD)
    info.add_text("Description", PAYLOAD, zip=True)
    info.add_itxt("XML:com.adobe.xmp", PAYLOAD, lang="en", tkey="x")
    exif = Image.Exif()
    exif[0x010E] = PAYLOAD
    output = io.BytesIO()
    image.save(output, format="PNG", pnginfo=info, exif=exif, icc_profile=_icc_with_payload())
    return output.getvalue() + PAYLOAD.encode()


def polyglot_webp(size=(80, 80)) -> bytes:
    image = Image.new("RGB", size, (10, 120, 200))
    exif = Image.Exif()
    exif[0x010E] = PAYLOAD
    output = io.BytesIO()
    image.save(output, format="WEBP", exif=exif, xmp=_xmp(), icc_profile=_icc_with_payload())
    return output.getvalue()


def polyglot_gif(size=(80, 80)) -> bytes:
    frames = [Image.new("P", size, index) for index in range(3)]
    output = io.BytesIO()
    frames[0].save(output, format="GIF", save_all=True, append_images=frames[1:], comment=PAYLOAD.encode())
    return output.getvalue()


def image_bytes(fmt: str, size=(40, 30), mode="RGB") -> bytes:
    output = io.BytesIO()
    Image.new(mode, size, (20, 200, 40)).save(output, format=fmt)
    return output.getvalue()


# ---------------------------------------------------------------- PDF


def pdf(**catalog_entries) -> bytes:
    """A one-page PDF; extra catalogue entries (e.g. OpenAction) make it active."""
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    for key, value in catalog_entries.items():
        writer._root_object[NameObject(f"/{key}")] = value
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def _js_action(code="app.alert(1)") -> DictionaryObject:
    return DictionaryObject({NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject(code)})


def pdf_with_attachment() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_attachment("payload.exe", b"MZ\x90\x00")
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def pdf_with_page_action() -> bytes:
    """JavaScript run when a page opens (/AA on the page, not in the catalogue)."""
    writer = PdfWriter()
    page = writer.add_blank_page(200, 200)
    page[NameObject("/AA")] = DictionaryObject({NameObject("/O"): _js_action()})
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def active_pdfs() -> dict[str, bytes]:
    launch = DictionaryObject({NameObject("/S"): NameObject("/Launch"), NameObject("/F"): TextStringObject("cmd.exe")})
    names_js = DictionaryObject(
        {
            NameObject("/JavaScript"): DictionaryObject(
                {NameObject("/Names"): ArrayObject([TextStringObject("x"), _js_action()])}
            )
        }
    )
    rich = DictionaryObject({NameObject("/Subtype"): NameObject("/RichMedia")})
    return {
        "open-action-javascript": pdf(OpenAction=_js_action()),
        "document-javascript": pdf(Names=names_js),
        "launch": pdf(OpenAction=launch),
        "xfa-form": pdf(AcroForm=DictionaryObject({NameObject("/XFA"): ArrayObject()})),
        "rich-media": pdf(Extra=rich),
        "embedded-file": pdf_with_attachment(),
        "page-additional-action": pdf_with_page_action(),
        # Names spelled with #xx escapes, as PDF allows: a byte search for "/JavaScript" would miss them.
        "escaped-names": pdf(OpenAction=_js_action())
        .replace(b"/OpenAction", b"/Open#41ction")
        .replace(b"/JavaScript", b"/J#61vaScript")
        .replace(b"/JS", b"/J#53"),
        "pdf-zip-polyglot": pdf() + zip_archive({"run.exe": b"MZ"}),
    }


# ---------------------------------------------------------------- office documents and archives


def zip_archive(members: dict[str, bytes]) -> bytes:
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return output.getvalue()


DOCX_PARTS = {
    "[Content_Types].xml": b"<Types/>",
    "_rels/.rels": b"<Relationships/>",
    "word/document.xml": b"<w:document/>",
    "docProps/core.xml": b"<cp:coreProperties/>",
}
XLSX_PARTS = {"[Content_Types].xml": b"<Types/>", "_rels/.rels": b"<Relationships/>", "xl/workbook.xml": b"<workbook/>"}
ODT_PARTS = {
    "mimetype": b"application/vnd.oasis.opendocument.text",
    "META-INF/manifest.xml": b"<manifest/>",
    "content.xml": b"<office:document-content/>",
}


def docx(**extra: bytes) -> bytes:
    return zip_archive({**DOCX_PARTS, **extra})


def xlsx(**extra: bytes) -> bytes:
    return zip_archive({**XLSX_PARTS, **extra})


def odt(**extra: bytes) -> bytes:
    return zip_archive({**ODT_PARTS, **extra})
