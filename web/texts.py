"""The words of the web page in Indonesian (the default) and English, and dates as people write them."""

from __future__ import annotations

MONTHS = {
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}

TEXTS = {
    "id": {
        "title": "Arsip",
        "search": "Cari",
        "apply": "Terapkan",
        "no_expand": "Hanya kata yang diketik",
        "no_expand_hint": "tanpa perluasan kueri dari hasil teratas",
        "via_expansion": "lewat perluasan kueri",
        "query_label": "Kata pencarian",
        "placeholder": "mis. pelatihan jurnalistik buruh",
        "from": "Dari tanggal",
        "to": "Sampai",
        "date_hint": "2015, 2015-03, 2015-03-02 atau Maret 2015",
        "sort": "Urutan",
        "relevance": "Paling relevan",
        "date": "Terlama dulu",
        "-date": "Terbaru dulu",
        "shown": "{first}–{last} dari {total} {documents}",
        "total": "{total} {documents}",
        "document": "dokumen",
        "documents": "dokumen",
        "none": "Tidak ada dokumen yang cocok.",
        "empty_page": "Halaman ini kosong.",
        "bad_search": "Pencarian ini tidak dapat dijalankan:",
        "first_page": "Ke halaman pertama",
        "did_you_mean": "Mungkin maksud Anda",
        "category": "Kategori",
        "year": "Tahun",
        "tag": "Tag",
        "author": "Penulis",
        "period": "Periode",
        "remove": "hapus filter",
        "previous": "« Sebelumnya",
        "next": "Berikutnya »",
        "page_of": "Halaman {page} dari {pages}",
        "other_language": "English",
        "other_lang": "en",
        "intro": "Cari di {count} dokumen arsip. Kata dicocokkan menurut kata dasarnya; "
                 "gunakan \"tanda kutip\" untuk frasa, AND, OR, NOT, dan title:, category:, year:.",
        "metadata": "Metadata",
        "id": "ID",
        "source": "Berkas sumber",
        "index": "Indeks",
        "indexes": "Dicari bersama: {count} indeks",
        "format": "Format",
        "date_value": "Tanggal",
        "date_end": "Tanggal akhir",
        "date_raw": "Tanggal seperti tertulis",
        "date_source": "Asal tanggal",
        "url": "Alamat asli",
        "encoding": "Pengodean",
        "root": "Folder yang diindeks",
        "categories": "Kategori",
        "tags": "Tag",
        "repairs": "Perbaikan teks",
        "repair_line": "baris {line}",
        "problems": "Masalah",
        "fields": "Semua kolom front matter",
        "text": "Teks",
        "no_text": "(tanpa teks)",
        "back": "← Kembali ke pencarian",
        "not_found": "Tidak ditemukan",
        "no_document": "Tidak ada dokumen dengan ID ini di indeks.",
        "no_page": "Halaman ini tidak ada.",
        "bad_request": "Permintaan tidak dapat dipahami",
        "unavailable": "Indeks tidak dapat dibuka",
        "internal": "Terjadi kesalahan internal",
        "internal_detail": "Lihat keluaran arsip serve di terminal.",
    },
    "en": {
        "title": "Archive",
        "search": "Search",
        "apply": "Apply",
        "no_expand": "Typed words only",
        "no_expand_hint": "no query expansion from the top hits",
        "via_expansion": "via query expansion",
        "query_label": "Search words",
        "placeholder": "e.g. pelatihan jurnalistik buruh",
        "from": "From date",
        "to": "To",
        "date_hint": "2015, 2015-03, 2015-03-02 or Maret 2015",
        "sort": "Order",
        "relevance": "Most relevant",
        "date": "Oldest first",
        "-date": "Newest first",
        "shown": "{first}–{last} of {total} {documents}",
        "total": "{total} {documents}",
        "document": "document",
        "documents": "documents",
        "none": "No documents match.",
        "empty_page": "This page is empty.",
        "bad_search": "This search cannot be run:",
        "first_page": "Go to the first page",
        "did_you_mean": "Did you mean",
        "category": "Category",
        "year": "Year",
        "tag": "Tag",
        "author": "Author",
        "period": "Period",
        "remove": "remove filter",
        "previous": "« Previous",
        "next": "Next »",
        "page_of": "Page {page} of {pages}",
        "other_language": "Bahasa Indonesia",
        "other_lang": "id",
        "intro": "Search {count} archived {documents}. Indonesian words match by their stems; "
                 "use \"quotes\" for phrases, AND, OR, NOT, and title:, category:, year:.",
        "metadata": "Metadata",
        "id": "ID",
        "source": "Source file",
        "index": "Index",
        "indexes": "Searched together: {count} indexes",
        "format": "Format",
        "date_value": "Date",
        "date_end": "End date",
        "date_raw": "Date as written",
        "date_source": "Date taken from",
        "url": "Original address",
        "encoding": "Encoding",
        "root": "Indexed folder",
        "categories": "Categories",
        "tags": "Tags",
        "repairs": "Text repairs",
        "repair_line": "line {line}",
        "problems": "Problems",
        "fields": "All front-matter fields",
        "text": "Text",
        "no_text": "(no text)",
        "back": "← Back to search",
        "not_found": "Not found",
        "no_document": "There is no document with this ID in the index.",
        "no_page": "There is no such page.",
        "bad_request": "The request cannot be understood",
        "unavailable": "The index cannot be opened",
        "internal": "An internal error occurred",
        "internal_detail": "See the output of arsip serve in the terminal.",
    },
}


def format_date(value: str | None, lang: str) -> str:
    """An ISO date (``2015``, ``2015-03``, ``2015-03-02``, or a datetime) as people write it:
    ``2 Maret 2015``; anything else is returned as it is."""
    if not value:
        return ""
    parts = value[:10].split("-")
    try:
        numbers = [int(part) for part in parts]
    except ValueError:
        return value
    months = MONTHS[lang]
    if len(numbers) == 1:
        return str(numbers[0])
    if not 1 <= numbers[1] <= 12:
        return value
    if len(numbers) == 2:
        return f"{months[numbers[1] - 1]} {numbers[0]}"
    return f"{numbers[2]} {months[numbers[1] - 1]} {numbers[0]}"
