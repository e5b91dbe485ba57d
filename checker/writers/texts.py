"""Words the report writers share, in Indonesian and English."""
from __future__ import annotations

from ..models import Location
from ..report import DocumentResult

CATEGORIES = {
    "id": {"rollup": "Penjumlahan pagu", "period_total": "Total akhir periode", "target_trend": "Arah target",
           "quarterly": "Target triwulan", "percent_range": "Rentang persentase", "ratio": "Rasio capaian",
           "risk_score": "Nilai risiko", "risk_level": "Level risiko", "chapter": "Bab dokumen",
           "formula": "Rumus indikator", "missing_value": "Nilai kosong", "code": "Kode program",
           "consistency": "Konsistensi antartabel", "input": "Bagian tak terbaca"},
    "en": {"rollup": "Budget roll-up", "period_total": "End-of-period total", "target_trend": "Target trend",
           "quarterly": "Quarterly targets", "percent_range": "Percentage range", "ratio": "Achievement ratio",
           "risk_score": "Risk score", "risk_level": "Risk level", "chapter": "Chapters",
           "formula": "Indicator formula", "missing_value": "Missing value", "code": "Programme code",
           "consistency": "Consistency", "input": "Unread part"},
}
ORDER = list(CATEGORIES["id"])

TEXT = {
    "id": {
        "error": "galat", "warning": "peringatan", "info": "info",
        "summary": "Ringkasan", "findings": "Temuan", "rules": "Aturan", "document": "Dokumen",
        "doc_type": "Jenis dokumen", "kecamatan": "Kecamatan", "kabupaten": "Kabupaten", "period": "Periode",
        "path": "Berkas", "status": "Status", "verdict": "Kesimpulan", "rule": "Aturan", "category": "Kategori",
        "severity": "Tingkat", "message": "Pesan", "location": "Lokasi", "subject": "Subjek",
        "expected": "Seharusnya", "actual": "Tertulis", "difference": "Selisih", "title": "Judul",
        "reference": "Dasar hukum", "count": "Jumlah", "section": "Bagian", "total": "Total",
        "by_category": "Temuan per kategori", "by_severity": "Temuan per tingkat", "reason": "Alasan",
        "report": "Laporan", "unreadable_docs": "Dokumen tidak terbaca", "none": "Tidak ada temuan.",
        "heading": "Kertas Kerja Reviu Dokumen Perencanaan", "batch_heading": "Ringkasan Reviu Dokumen Perencanaan",
        "generated": "Dibuat oleh rencana", "documents": "dokumen", "per_kecamatan": "Temuan per kecamatan",
        "heat": "Kecamatan × kategori", "checked": "diperiksa", "unreadable": "tidak terbaca",
        "sets": "Set dokumen per kecamatan (pemeriksaan antardokumen)", "set_documents": "Dokumen dalam set",
        "cross_findings": "Temuan antardokumen",
        "not_finished": "belum selesai", "timed_out": "melewati batas waktu",
        "accepted": "Temuan yang sudah diterima", "baseline": "ada di laporan yang diterima sebelumnya",
        "rule_status": "Status", "statuses": {"passed": "lolos", "findings": "ada temuan",
                                              "not_applicable": "tidak berlaku", "error": "galat aturan"},
        "verdicts": {"fix": "Perlu diperbaiki: ada temuan tingkat galat.",
                     "review": "Perlu ditinjau: hanya ada temuan tingkat peringatan atau info.",
                     "incomplete": "Belum diperiksa seluruhnya: ada tabel atau halaman yang tidak terbaca (temuan INP-001).",
                     "clean": "Tidak ada temuan galat maupun peringatan.",
                     "unreadable": "Dokumen tidak dapat dibaca.",
                     "not_finished": "Pemeriksaan dihentikan sebelum dokumen ini selesai.",
                     "timed_out": "Pemeriksaan dokumen ini melewati batas waktu."},
        "doc_types": {"renstra": "Renstra", "renja": "Renja", "rencana_aksi": "Rencana Aksi"},
        "line": "baris",
    },
    "en": {
        "error": "error", "warning": "warning", "info": "info",
        "summary": "Summary", "findings": "Findings", "rules": "Rules", "document": "Document",
        "doc_type": "Document type", "kecamatan": "Kecamatan", "kabupaten": "Kabupaten", "period": "Period",
        "path": "File", "status": "Status", "verdict": "Verdict", "rule": "Rule", "category": "Category",
        "severity": "Severity", "message": "Message", "location": "Location", "subject": "Subject",
        "expected": "Expected", "actual": "Written", "difference": "Difference", "title": "Title",
        "reference": "Regulation", "count": "Count", "section": "Section", "total": "Total",
        "by_category": "Findings by category", "by_severity": "Findings by severity", "reason": "Reason",
        "report": "Report", "unreadable_docs": "Unreadable documents", "none": "No findings.",
        "heading": "Planning Document Review Working Paper", "batch_heading": "Planning Document Review Summary",
        "generated": "Written by rencana", "documents": "documents", "per_kecamatan": "Findings per kecamatan",
        "heat": "Kecamatan × category", "checked": "checked", "unreadable": "unreadable",
        "sets": "Document sets per kecamatan (cross-document review)", "set_documents": "Documents in the set",
        "cross_findings": "Cross-document findings",
        "not_finished": "not finished", "timed_out": "timed out",
        "accepted": "Findings accepted earlier", "baseline": "in the report accepted earlier",
        "rule_status": "Status", "statuses": {"passed": "passed", "findings": "findings",
                                              "not_applicable": "not applicable", "error": "rule error"},
        "verdicts": {"fix": "Must be fixed: there are error findings.",
                     "review": "To review: only warning or info findings.",
                     "incomplete": "Not wholly checked: some tables or pages could not be read (INP-001 findings).",
                     "clean": "No error or warning findings.",
                     "unreadable": "The document could not be read.",
                     "not_finished": "Checking stopped before this document was done.",
                     "timed_out": "Checking this document ran past the time limit."},
        "doc_types": {"renstra": "Renstra", "renja": "Renja", "rencana_aksi": "Rencana Aksi"},
        "line": "line",
    },
}


def where(location: Location, lang: str) -> str:
    """`Program!H12`, `baris 1221 (Tabel 4.1)`, `halaman 23, Tabel 2.1 baris 4` (models.Location.label)."""
    return location.label(lang)


def rule_status(report_documents, rule_id: str) -> str:
    """A rule's status over the documents: an error or findings anywhere, else passed anywhere,
    else not applicable."""
    seen = {r.status for d in report_documents for r in d.rules if r.id == rule_id}
    for status in ("error", "findings", "passed"):
        if status in seen:
            return status
    return "not_applicable"


def identity(doc: DocumentResult, lang: str) -> str:
    kind = TEXT[lang]["doc_types"].get(doc.doc_type or "", doc.doc_type or "")
    place = f"Kecamatan {doc.kecamatan}" if doc.kecamatan else ""
    return " · ".join(x for x in (kind, place, doc.kabupaten, doc.period) if x) or doc.path


def categories_in(docs: list[DocumentResult]) -> list[str]:
    seen = {f.category for d in docs for f in d.findings}
    return [c for c in ORDER if c in seen] + sorted(seen - set(ORDER))
