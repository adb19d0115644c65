"""An evidence item's files, streamed by the portal after the item's access check (EvidenceItemPage.serve).

PDFs open in the browser's viewer (so #page=N works) only because every stored PDF passed the inert-content
check at upload; the response still forbids scripts and sniffing. Data files always download.
"""

import logging

from botocore.exceptions import BotoCoreError, ClientError

from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from .datasets import read_table, table_csv

logger = logging.getLogger(__name__)


def _protected(response):
    # Members-only files must not sit in a shared cache; public ones may be kept by the reader's browser.
    response["Cache-Control"] = "private, max-age=3600"
    response["Content-Security-Policy"] = "default-src 'none'; object-src 'self'; plugin-types application/pdf"
    response["X-Content-Type-Options"] = "nosniff"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    return response


def _store_down():
    message = _("The file store is not answering. Try again in a minute.")
    return HttpResponse(message, status=503, content_type="text/plain; charset=utf-8", headers={"Retry-After": "60"})


def pdf_file(request, *, item, pk: int):
    evidence_file = item.files.filter(pk=pk).first()
    if evidence_file is None:
        raise Http404
    try:
        handle = evidence_file.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    except (BotoCoreError, ClientError):
        logger.exception("Object storage did not return evidence file %s", pk)
        return _store_down()
    name = f"{item.slug}-{evidence_file.language}.pdf"
    return _protected(FileResponse(handle, content_type="application/pdf", as_attachment=False, filename=name))


def data_file(request, *, item, pk: int):
    """The CSV as readers may have it: small person-level cells emptied, formulas defused."""
    data = item.data_files.filter(pk=pk).first()
    if data is None:
        raise Http404
    try:
        table = read_table(data)
    except FileNotFoundError:
        raise Http404 from None
    except (BotoCoreError, ClientError):
        logger.exception("Object storage did not return evidence data file %s", pk)
        return _store_down()
    except (ValueError, ValidationError):
        raise Http404 from None
    # table_csv writes through portal.spreadsheets: no cell of the download runs as a formula
    response = table_csv(table, into=HttpResponse(content_type="text/csv; charset=utf-8"))
    response["Content-Disposition"] = content_disposition_header(True, f"{item.slug}-{data.pk}.csv")
    return _protected(response)
