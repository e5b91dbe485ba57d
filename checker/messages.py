"""What the readers and the batch tell a user in their own words: why a file was refused, what
part of it could not be used, why a document has no report. In Indonesian and English.

A message is a key and its parameters; `say(key, lang, **params)` renders it. A parameter whose
value starts with `@` is itself a key (a hint, or a word such as "(tanpa judul)"); an `error`
parameter from the number parser is translated too; whole numbers are grouped the language's way.
"""
from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # refused files
    "xls": ("format .xls (Excel 97-2003) tidak didukung: simpan ulang sebagai .xlsx",
            "the .xls format (Excel 97-2003) is not supported: save the workbook again as .xlsx"),
    "suffix": ("jenis berkas {suffix} tidak didukung (gunakan .xlsx, .docx, .pdf, .txt atau .md){hint}",
               "file type {suffix} is not supported (use .xlsx, .docx, .pdf, .txt or .md){hint}"),
    "no_suffix": ("(tanpa ekstensi)", "(no extension)"),
    "hint_doc": ("; simpan ulang sebagai .docx atau PDF", "; save it again as .docx or PDF"),
    "none": ("", ""),
    "open": ("berkas tidak dapat dibuka: {reason}", "the file cannot be opened: {reason}"),
    "missing": ("berkas tidak ditemukan", "file not found"),
    "empty": ("berkas kosong (0 bita)", "the file is empty (0 bytes)"),
    "too_big": ("berkas terlalu besar ({size} bita; batas {limit})", "the file is too large ({size} bytes; limit {limit})"),
    "memory": ("berkas terlalu besar untuk dibaca (memori habis)", "the file is too large to read (out of memory)"),
    "unreadable": ("berkas tidak dapat dibaca ({error})", "the file cannot be read ({error})"),
    "binary": ("berkas teks ini berisi data biner, bukan teks dokumen",
               "this text file holds binary data, not the text of a document"),
    "doc_type_text": ("jenis dokumen tidak dikenali: judul tidak menyebut Renstra, Renja atau Rencana Aksi",
                      "document type not recognised: the title names no Renstra, Renja or Rencana Aksi"),
    "text_rows": ("tabel dokumen melebihi batas {limit} baris", "the document's tables exceed the limit of {limit} rows"),
    "protected": ("berkas dilindungi kata sandi atau berformat Excel lama (.xls); simpan ulang sebagai .xlsx tanpa sandi",
                  "the file is password-protected or in the old Excel format (.xls); save it again as .xlsx "
                  "without a password"),
    "not_zip": ("bukan berkas {kind} (isi berkas bukan arsip zip Office Open XML)",
                "not a {kind} file (its content is not an Office Open XML zip archive)"),
    "unzipped_big": ("isi {kind} terlalu besar setelah diekstrak ({size} bita; batas {limit})",
                     "the {kind} content is too large once extracted ({size} bytes; limit {limit})"),
    "no_workbook": ("arsip zip ini bukan buku kerja Excel (tidak ada xl/workbook.xml)",
                    "this zip archive is not an Excel workbook (no xl/workbook.xml)"),
    "dtd": ("bagian {part} memuat deklarasi DTD/entitas XML; berkas ditolak karena dapat dipakai untuk serangan "
            "(entity expansion, external entity)",
            "part {part} declares an XML DTD or entities; the file is refused as that can be an attack "
            "(entity expansion, external entity)"),
    "bad_zip": ("arsip {kind} rusak atau terpotong ({error})", "the {kind} archive is damaged or truncated ({error})"),
    "no_document": ("arsip zip ini bukan dokumen Word (tidak ada word/document.xml)",
                    "this zip archive is not a Word document (no word/document.xml)"),
    "protected_doc": ("berkas dilindungi kata sandi atau berformat Word lama (.doc); simpan ulang sebagai .docx "
                      "tanpa sandi", "the file is password-protected or in the old Word format (.doc); save it "
                      "again as .docx without a password"),
    "docx_open": ("dokumen Word tidak dapat dibuka ({error})", "the Word document cannot be opened ({error})"),
    "pdf_open": ("PDF tidak dapat dibuka ({error})", "the PDF cannot be opened ({error})"),
    "pdf_password": ("PDF dilindungi kata sandi: simpan ulang tanpa sandi pembuka",
                     "the PDF is password-protected: save it again without an opening password"),
    "pdf_pages": ("PDF terlalu panjang ({pages} halaman; batas {limit})",
                  "the PDF is too long ({pages} pages; limit {limit})"),
    "pdf_scanned": ("hasil pindaian, tidak ada lapisan teks: {pages} halaman tanpa teks yang dapat dibaca "
                    "(jalankan OCR lebih dulu)",
                    "a scan with no text layer: {pages} pages without readable text (run OCR on it first)"),
    "not_pdf": ("bukan berkas PDF (tidak diawali %PDF)", "not a PDF file (it does not start with %PDF)"),
    "sheet_rows": ("lembar {sheet} melebihi batas {limit} baris", "sheet {sheet} exceeds the limit of {limit} rows"),
    "workbook_open": ("buku kerja tidak dapat dibuka ({error})", "the workbook cannot be opened ({error})"),
    "no_sheets": ("bukan dokumen rencana: tidak ada lembar yang dikenali (Dokumen, Program, Rencana Aksi, "
                  "Tujuan Sasaran, Risiko, Bab)",
                  "not a plan: no sheet is recognised (Dokumen, Program, Rencana Aksi, Tujuan Sasaran, Risiko, Bab)"),
    "doc_type_missing": ("jenis dokumen tidak diketahui: isi `jenis` pada lembar Dokumen",
                         "document type unknown: fill in `jenis` on the Dokumen sheet"),
    "doc_type_bad": ("jenis dokumen '{value}' tidak dikenal (renstra, renja atau rencana_aksi)",
                     "document type '{value}' is unknown (renstra, renja or rencana_aksi)"),
    "nothing": ("tidak ada isi yang dapat diperiksa: lembar yang dikenali kosong atau tanpa judul kolom",
                "nothing to check: the recognised sheets are empty or have no column headings"),
    # parts of a document the reader could not use (INP-001)
    "table_unknown": ("Jenis tabel '{name}' tidak dikenali: tabel ini belum dapat diperiksa",
                      "The kind of table '{name}' is not recognised: it cannot be checked yet"),
    "figures_unplaced": ("tidak satu pun angka tabel '{name}' dapat ditempatkan sebagai target atau pagu di "
                         "bawah judul kolomnya: isinya tidak diperiksa",
                         "not one figure of table '{name}' could be placed as a target or a budget under its "
                         "column headings: its content is not checked"),
    "targets_unplaced": ("target tahun {years} tabel '{name}' tidak dapat ditempatkan di bawah judul kolomnya: "
                         "target tahun itu tidak diperiksa",
                         "the {years} targets of table '{name}' could not be placed under its column headings: "
                         "those targets are not checked"),
    "table_proposals": ("'{name}' memuat usulan program dan kegiatan (pemangku kepentingan, musrenbang), "
                        "bukan rencana: tidak ada angka di dalamnya yang diperiksa",
                        "'{name}' lists proposed programs and activities (stakeholders, musrenbang), not the "
                        "plan: no figure in it is checked"),
    "risk_worded": ("register risiko '{name}' menilai kemungkinan dan dampak dengan kata ('{words}') tanpa "
                    "kriteria yang memberinya angka di dalam dokumen: skor dan tingkat risikonya tidak dapat "
                    "diperiksa",
                    "risk register '{name}' rates likelihood and impact in words ('{words}') and the document "
                    "gives no criteria that number them: its scores and levels cannot be checked"),
    "header_unplaced": ("judul kolom '{name}' tidak sejajar dengan isinya (kolom capaian berisi jumlah uang): "
                        "tabel ini tidak diperiksa",
                        "the column headings of '{name}' stand off its cells (a capaian column holds sums of "
                        "money): the table is not checked"),
    "table_schedule": ("'{name}' adalah jadwal pelaksanaan (triwulan ditandai centang atau diuraikan dengan "
                       "kata-kata), bukan target triwulan: tidak ada angka di dalamnya yang diperiksa",
                       "'{name}' is a schedule (its quarters ticked or told in words), not quarterly targets: no "
                       "figure in it is checked"),
    "untitled": ("(tanpa judul)", "(untitled)"),
    "page_scanned": ("halaman {page} hasil pindaian, tidak ada lapisan teks: isinya belum dapat diperiksa",
                     "page {page} is a scan with no text layer: what it holds cannot be checked yet"),
    "sheet_misspelt": ("lembar '{sheet}' tidak dikenali dan tidak dibaca; mungkin maksudnya '{meant}'?",
                       "sheet '{sheet}' is not recognised and was not read; did you mean '{meant}'?"),
    "sheet_unused": ("lembar '{sheet}' bukan lembar rencana yang dikenali; tidak dibaca",
                     "sheet '{sheet}' is not a recognised plan sheet; it was not read"),
    "sheet_empty": ("lembar '{sheet}' tidak berisi baris: belum ada yang dapat diperiksa",
                    "sheet '{sheet}' has no rows: there is nothing to check yet"),
    "sheet_missing": ("lembar wajib '{sheet}' tidak ada: isinya tidak dapat diperiksa",
                      "the required sheet '{sheet}' is missing: what it holds cannot be checked"),
    "rows_unsure": ("{rows} baris tabel {name} kekurangan sel dan letak kolomnya tidak pasti: dibaca menurut urutan, "
                    "atau tidak diperiksa bila urutannya tidak menentukan kolomnya",
                    "{rows} rows of table {name} are short of cells and their columns are uncertain: read in order, "
                    "or not checked where their order does not say their columns"),
    "periods_unread": ("tabel {name} memuat target per {periods}; target per {periods} belum dapat diperiksa "
                       "(hanya target triwulan dan tahunan yang diperiksa)",
                       "table {name} sets targets per {periods}; targets per {periods} cannot be checked yet (only "
                       "quarterly and annual targets are)"),
    "semester": ("semester", "half-year"),
    "bulan": ("bulan", "month"),
    "parts_unjoined": ("bagian lanjutan tabel {name} memuat tahun lain, tetapi barisnya tidak sama dengan baris "
                       "bagian sebelumnya: kedua bagian tidak dapat disatukan, jadi bagian ini tidak diperiksa",
                       "the continued part of table {name} holds other years, but its rows are not those of the part "
                       "before it: the parts cannot be joined, so this part is not checked"),
    "pages_unsure": ("{rows} baris tabel {name} tercetak tanpa kolom kosongnya atau dengan dua kolom menyatu: "
                     "angkanya tidak dapat ditempatkan di kolomnya dengan pasti, jadi tidak diperiksa",
                     "{rows} rows of table {name} are printed without their empty columns or with two columns run "
                     "together: their figures cannot be placed under their columns with certainty, so they are "
                     "not checked"),
    "risk_bands_other": ("{wrong} dari {rows} level risiko {name} berada di luar rentang nilai profil, tetapi "
                         "levelnya naik bersama nilainya ({breaks} menyalahi urutan itu): register ini memakai "
                         "rentang level sendiri yang tidak dicantumkan. Level risikonya tidak diperiksa; cantumkan "
                         "kriteria level risiko atau pilih profil yang sesuai",
                         "{wrong} of {rows} risk levels of {name} lie outside the profile's score bands, yet the "
                         "levels rise with the scores ({breaks} break that order): the register follows level bands "
                         "of its own that it does not print. Its risk levels are not checked; print the criteria of "
                         "risk levels or choose a matching profile"),
    "risk_levels_unnamed": ("level risiko {name} ditulis dengan kata yang tidak menamai rentang level mana pun "
                            "('{level}', ...): levelnya tidak diperiksa; cantumkan kriteria level risiko yang "
                            "menyebut kata itu",
                            "the risk levels of {name} are written in words that name no level band ('{level}', "
                            "...): they are not checked; print the criteria of risk levels that use those words"),
    "sources_by_order": ("baris ini tidak sejajar dengan kolom tabelnya, dan pagunya dirinci menurut sumber dana: "
                         "sumber mana yang kosong tidak dapat diketahui, jadi pagunya tidak diperiksa",
                         "this row does not line up with its table's columns, and its budget is split by source of "
                         "funds: which source it left empty cannot be told, so its budgets are not checked"),
    "scaled_by_order": ("baris ini tidak sejajar dengan kolom tabelnya, dan pagu tabel ini ditulis dalam ribuan "
                        "atau jutaan: pagunya tidak dapat dibedakan dari targetnya, jadi tidak diperiksa",
                        "this row does not line up with its table's columns, and the table's budgets are written "
                        "in thousands or millions: its budgets cannot be told from its targets, so they are not "
                        "checked"),
    "programs_only": ("tabel tanpa kode dan tingkat barisnya tidak selalu tertulis: hanya baris program yang diperiksa",
                      "a table without codes whose rows do not all name their level: only its programme rows "
                      "are checked"),
    "row_shifted": ("isian indikator baris ini ('{value}') adalah angka target: sel-selnya bergeser dari kolomnya, "
                    "jadi targetnya tidak diperiksa", "this row's indicator cell ('{value}') holds a target figure: its "
                    "cells stand off their columns, so its targets are not checked"),
    "budget_in_target": ("sel target baris ini berisi jumlah uang ('{value}'): sel-selnya bergeser dari kolomnya, "
                         "jadi target dan pagunya tidak diperiksa", "a target cell of this row holds a sum of money "
                         "('{value}'): its cells stand off their columns, so its targets and budgets are not checked"),
    "misaligned": ("sel bergeser dari kolomnya", "the cell stands off its column"),
    "code_unplaced": ("baris dengan kode '{code}' tidak dapat ditempatkan", "the row with code '{code}' cannot be placed"),
    "row_unplaced": ("baris '{name}' tidak dapat ditempatkan", "the row '{name}' cannot be placed"),
    "sums_unchecked": ("{rows} baris berpagu di tabel {name} tidak dapat ditempatkan sebagai program, kegiatan atau "
                       "sub kegiatan: jumlah pagu yang mungkin memuatnya tidak diperiksa",
                       "{rows} rows of table {name} with a budget cannot be placed as a programme, activity or "
                       "sub-activity: the budget sums they may belong to are not checked"),
    "money_unreadable": ("nilai '{raw}' tidak dapat dibaca sebagai rupiah ({error})",
                         "the value '{raw}' cannot be read as rupiah ({error})"),
    "formula_no_value": ("sel {cell} berisi rumus tanpa nilai tersimpan ({formula}); buka dan simpan ulang di Excel "
                         "agar nilainya terbaca",
                         "cell {cell} holds a formula with no stored value ({formula}); open and save the workbook "
                         "in Excel so its value can be read"),
    "excel_error": ("sel {cell} berisi galat Excel {value}", "cell {cell} holds the Excel error {value}"),
    "number_unreadable": ("nilai '{raw}' di {cell} tidak dapat dibaca sebagai angka ({error})",
                          "the value '{raw}' in {cell} cannot be read as a number ({error})"),
    "openpyxl_warning": ("peringatan saat membuka buku kerja: {message}", "warning while opening the workbook: {message}"),
    "no_header": ("lembar {sheet}: baris judul kolom tidak ditemukan; lembar dilewati",
                  "sheet {sheet}: no row of column headings found; the sheet is skipped"),
    "orphan_indicator": ("baris indikator tanpa program/kegiatan di atasnya",
                         "an indicator row with no programme or activity above it"),
    "code_unplaced_sheet": ("baris '{name}' (kode '{code}') tidak dapat ditempatkan sebagai program, kegiatan atau "
                            "sub kegiatan",
                            "the row '{name}' (code '{code}') cannot be placed as a programme, activity or sub-activity"),
    "row_unplaced_sheet": ("baris '{name}' tidak dapat ditempatkan sebagai program, kegiatan atau sub kegiatan",
                           "the row '{name}' cannot be placed as a programme, activity or sub-activity"),
    "not_under": ("{level} {node} tidak berada di bawah {missing}", "{level} {node} has no {missing} above it"),
    "program": ("program", "programme"),
    "kegiatan": ("kegiatan", "activity"),
    "sub_kegiatan": ("sub kegiatan", "sub-activity"),
    # the engine (a rule that got no verdict shows its status `error` with one of these)
    "engine_refused_rule": ("durable-rules menolak aturan {rule}: {error}", "durable-rules refused rule {rule}: {error}"),
    "engine_no_field": ("{rule}: fakta tidak dapat dinilai; fakta {fact} tidak mempunyai isian `{field}`",
                        "{rule}: facts cannot be judged; fact {fact} has no field `{field}`"),
    "engine_not_number": ("{rule}: fakta tidak dapat dinilai; isian `{field}` pada fakta {fact} bukan angka ({value})",
                          "{rule}: facts cannot be judged; field `{field}` of fact {fact} is not a number ({value})"),
    "engine_not_numbers": ("{rule}: fakta tidak dapat dinilai; isian `{field}` pada fakta {fact} bukan daftar angka "
                           "yang berisi ({value})",
                           "{rule}: facts cannot be judged; field `{field}` of fact {fact} is not a non-empty list "
                           "of numbers ({value})"),
    "engine_lost": ("{rule}: {lost} dari {sent} fakta tidak mendapat putusan dari durable-rules",
                    "{rule}: {lost} of {sent} facts got no verdict from durable-rules"),
    "engine_stray": ("{rule}: putusan untuk fakta nomor {number} yang tidak dikirim",
                     "{rule}: a verdict for fact number {number}, which was not sent"),
    "engine_twice": ("{rule}: fakta nomor {number} mendapat dua putusan", "{rule}: fact number {number} got two verdicts"),
    "engine_value": ("durable-rules tidak dapat menerima nilai {value}", "durable-rules cannot take the value {value}"),
    "engine_durable": ("{rule}: {error}", "{rule}: {error}"),
    "engine_unmatched": ("{rule}: sebuah fakta tidak mendapat putusan", "{rule}: a fact got no verdict"),
    "engine_posted_twice": ("{rule}: fakta dikirim dua kali", "{rule}: a fact was sent twice"),
    "engine_deferred": ("{rule}: durable-rules menunda fakta (tidak diharapkan)",
                        "{rule}: durable-rules deferred a fact (not expected)"),
    "engine_code": ("{rule}: durable-rules menjawab kode {code}", "{rule}: durable-rules answered code {code}"),
    "cli_case_pass": ("dokumen yang sama tanpa kesalahan itu", "the same document without that mistake"),
    # the web page (`rencana serve`)
    "web_title": ("Pemeriksa dokumen perencanaan kecamatan", "Checker of kecamatan planning documents"),
    "web_intro": ("Unggah Renstra, Renja atau Rencana Aksi (xlsx, docx, pdf, txt, md), beberapa sekaligus, atau zip "
                  "sebuah folder. Hasilnya laporan per dokumen dan ringkasan yang dapat diunduh.",
                  "Upload a Renstra, Renja or Rencana Aksi (xlsx, docx, pdf, txt, md), several at once, or a zip of a "
                  "folder. You get a report per document and a summary to download."),
    "web_files": ("Dokumen", "Documents"),
    "web_profile": ("Profil aturan", "Rule profile"),
    "web_submit": ("Periksa", "Check"),
    "web_limits": ("Paling banyak {files} berkas dan {megabytes} MB sekali unggah; laporan disimpan {hours} jam lalu "
                   "dihapus.", "At most {files} files and {megabytes} MB per upload; reports are kept {hours} hours, "
                   "then deleted."),
    "web_token": ("perlu token akses (Authorization: Bearer ...)", "an access token is required (Authorization: Bearer ...)"),
    "web_token_field": ("Token akses", "Access token"),
    "web_too_large": ("unggahan terlalu besar: paling banyak {files} berkas dan {megabytes} MB",
                      "the upload is too large: at most {files} files and {megabytes} MB"),
    "web_length": ("unggahan tanpa Content-Length tidak diterima", "an upload without a Content-Length is refused"),
    "web_bad_request": ("unggahan tidak dapat dibaca ({error})", "the upload cannot be read ({error})"),
    "web_no_files": ("tidak ada dokumen dalam unggahan (bidang `files`)", "no document in the upload (field `files`)"),
    "web_no_job": ("pemeriksaan ini tidak ada atau sudah dihapus", "this check does not exist or was deleted"),
    "web_checking": ("Sedang memeriksa", "Checking"),
    "web_progress": ("{done} dari {total} dokumen selesai; halaman ini dimuat ulang sendiri.",
                     "{done} of {total} documents done; this page reloads by itself."),
    "web_result": ("Hasil pemeriksaan", "Result"),
    "web_document": ("Dokumen", "Document"),
    "web_verdict": ("Putusan", "Verdict"),
    "web_findings": ("Temuan", "Findings"),
    "web_reports": ("Laporan", "Reports"),
    "web_summary": ("Ringkasan", "Summary"),
    "verdict_fix": ("perlu diperbaiki", "to fix"),
    "verdict_incomplete": ("belum diperiksa seluruhnya", "not wholly checked"),
    "verdict_review": ("perlu ditelaah", "to review"),
    "verdict_clean": ("bersih", "clean"),
    "verdict_unreadable": ("tidak terbaca", "unreadable"),
    "verdict_timed_out": ("melewati batas waktu", "timed out"),
    "verdict_not_finished": ("belum selesai", "not finished"),
    "cli_serve": ("rencana melayani di {url} (Ctrl-C untuk berhenti)", "rencana is serving at {url} (Ctrl-C to stop)"),
    "cli_serve_open": ("peringatan: {host} dapat dijangkau orang lain dan tidak ada --token",
                       "warning: {host} can be reached by others and there is no --token"),
    # rule and profile files
    "rules_yaml": ("{path}: YAML tidak valid: {error}", "{path}: invalid YAML: {error}"),
    # The rule language (checker/conditions.py): where a condition of a rule file goes wrong.
    "cond_operand": ("{where}: operan berupa nilai, {{field: nama}} atau satu operator hitung, bukan {got}",
                     "{where}: an operand is a literal, {{field: name}} or one arithmetic operator, got {got}"),
    "cond_field": ("{where}: `field` menyebut nama sebuah field fakta", "{where}: `field` names a fact field"),
    "cond_two_operands": ("{where}: `{op}` menerima [operan, operan]", "{where}: `{op}` takes [operand, operand]"),
    "cond_unknown_operand": ("{where}: operan `{op}` tidak dikenal (yang dikenal: {known})",
                             "{where}: unknown operand `{op}` (known: {known})"),
    "cond_left": ("{where}: sisi kiri adalah nama field (durable membandingkan sebuah field dengan operan), bukan {got}",
                  "{where}: the left side is a field name (durable compares a field with an operand), got {got}"),
    "cond_arithmetic": ("{where}: hitungan menerima nama field dan angka, bukan {got}",
                        "{where}: arithmetic takes field names and numbers, got {got}"),
    "cond_list": ("{where}: `{op}` memerlukan daftar kondisi yang tidak kosong",
                  "{where}: `{op}` needs a non-empty list of conditions"),
    "cond_comparison": ("{where}: `{op}` menerima [field, operan]", "{where}: `{op}` takes [field, operand]"),
    "cond_in": ("{where}: `in` dan `not_in` menerima [field, [nilai...]] atau [field, {{profile: daftar}}]",
                "{where}: `in` and `not_in` take [field, [values...]] or [field, {{profile: list}}]"),
    "cond_words": ("{where}: `{op}` menerima [field, [kata...]] atau [field, {{profile: daftar}}]",
                   "{where}: `{op}` takes [field, [words...]] or [field, {{profile: list}}]"),
    "cond_single_words": ("{where}: `{op}` mendaftar kata tunggal, bukan {got}",
                          "{where}: `{op}` lists single words, got {got}"),
    "cond_profile_list": ("profil tidak mempunyai daftar `{name}` (daftar yang ada: {known})",
                          "the profile has no list `{name}` (lists: {known})"),
    "cond_items": ("{where}: `{op}` menerima [field daftar angka, batas bawah, batas atas]",
                   "{where}: `{op}` takes [list field, low, high]"),
    "cond_outside": ("{where}: `outside` menerima [nilai, batas bawah, batas atas]",
                     "{where}: `outside` takes [value, low, high]"),
    "cond_mapping": ("{where}: sebuah kondisi adalah pemetaan dengan tepat satu operator, bukan {got}",
                     "{where}: a condition is a mapping with exactly one operator, got {got}"),
    "cond_unknown_operator": ("{where}: operator `{op}` tidak dikenal (yang dikenal: {known})",
                              "{where}: unknown operator `{op}` (known: {known})"),
    "schema_missing": ("{where}: wajib ada", "{where}: required"),
    "schema_unknown_key": ("{where}: kunci tidak dikenal", "{where}: unknown key"),
    "schema_one_of": ("{where}: harus salah satu dari {expected}", "{where}: must be one of {expected}"),
    "schema_pattern": ("{where}: tidak sesuai pola {pattern}", "{where}: does not match {pattern}"),
    "rules_invalid": ("{path}: berkas aturan tidak sesuai skema: {errors}", "{path}: the file does not follow the "
                      "schema: {errors}"),
    "rules_id_not_name": ("{path}: id {id} berbeda dengan nama berkasnya", "{path}: id {id} differs from the file name"),
    "rules_id_twice": ("{path}: id {id} sudah dipakai oleh {other}", "{path}: id {id} is already used by {other}"),
    "rules_none": ("tidak ada berkas aturan di {folder}", "no rule files in {folder}"),
    "rules_no_folder": ("folder aturan {folder} tidak ditemukan", "rule folder {folder} not found"),
    "rules_empty_folder": ("folder aturan {folder} tidak berisi berkas .yaml", "rule folder {folder} holds no .yaml file"),
    "profile_missing": ("profil `{name}` tidak ditemukan (tersedia: {known})", "profile `{name}` not found "
                        "(available: {known})"),
    # the command line
    "inp_title": ("Bagian dokumen yang tidak dapat dibaca pemeriksa (tabel yang jenisnya tidak dikenali, sel "
                  "yang bukan angka, baris yang kolomnya tidak pasti)",
                  "Parts of the document the checker could not read (a table of unknown kind, a cell that is not "
                  "a figure, rows whose columns are uncertain)"),
    "inp_why": ("Temuan ini dibuat oleh pembaca dokumen, bukan oleh aturan YAML. Apa yang tidak terbaca tidak "
                "diperiksa: dokumen dengan tabel yang tidak terbaca tidak pernah dinyatakan bersih (kesimpulan "
                "'belum diperiksa seluruhnya', kode keluar 1). Pilih dengan --select INP atau lewati dengan --ignore INP.",
                "These findings come from the document reader, not from a YAML rule. What could not be read was not "
                "checked: a document with a table that could not be read is never reported clean (verdict "
                "'incomplete', exit 1). Select them with --select INP or skip them with --ignore INP."),
    "cli_acceptance": ("berkas baseline atau pengecualian tidak dapat dipakai: {error}",
                       "the baseline or waiver file cannot be used: {error}"),
    "cli_config": ("berkas konfigurasi tidak dapat dipakai: {error}", "the config file cannot be used: {error}"),
    "cli_unknown_rules": ("--select / --ignore menyebut aturan yang tidak ada: {rules} (lihat `rencana rules list`)",
                          "--select / --ignore names rules that do not exist: {rules} (see `rencana rules list`)"),
    "cli_output_dir": ("--output {path} adalah folder; sebutkan nama berkas laporan",
                       "--output {path} is a folder; give the report's file name"),
    "cli_output_parent": ("folder untuk --output {path} tidak ada", "the folder of --output {path} does not exist"),
    "cli_output_failed": ("tidak dapat menulis {path}: {reason}", "cannot write {path}: {reason}"),
    "cli_doc_type": ("jenis dokumen '{value}' tidak dikenal: renstra, renja atau rencana_aksi",
                     "unknown document type '{value}': renstra, renja or rencana_aksi"),
    "cli_years": ("--lama {value}: periode renstra 3 atau 5 tahun", "--lama {value}: a renstra period is 3 or 5 years"),
    "cli_template": ("templat {kind} ditulis ke {path}", "{kind} template written to {path}"),
    "cli_missing": ("berkas tidak ditemukan: {paths}", "file not found: {paths}"),
    "cli_no_documents": ("tidak ada dokumen (.xlsx, .docx, .pdf, .txt, .md) pada jalur yang diberikan",
                         "no document (.xlsx, .docx, .pdf, .txt, .md) at the paths given"),
    "cli_xlsx_output": ("format xlsx perlu --output BERKAS.xlsx", "the xlsx format needs --output FILE.xlsx"),
    "cli_no_folder": ("folder tidak ditemukan: {folder}", "folder not found: {folder}"),
    "cli_batch_format": ("batch hanya mendukung --format json (laporan gabungan ke stdout); laporan per dokumen "
                         "selalu ditulis sebagai json, html dan xlsx",
                         "batch supports only --format json (the combined report on stdout); per-document reports "
                         "are always written as json, html and xlsx"),
    "cli_empty_folder": ("tidak ada dokumen (.xlsx, .docx, .pdf, .txt, .md) di {folder}",
                         "no document (.xlsx, .docx, .pdf, .txt, .md) in {folder}"),
    "cli_no_rule": ("aturan {rule} tidak ada (lihat `rencana rules list`)", "there is no rule {rule} (see `rencana rules list`)"),
    "cli_checking": ("memeriksa", "checking"),
    "cli_tally": ("{error} galat · {warning} peringatan · {unreadable} tidak terbaca",
                  "{error} errors · {warning} warnings · {unreadable} unreadable"),
    "cli_batch_done": ("{documents} dokumen, {unreadable} tidak terbaca; ringkasan: {written}",
                       "{documents} documents, {unreadable} unreadable; summary: {written}"),
    # documents the batch has no report for
    "worker_error": ("galat tak terduga saat memeriksa: {error}", "unexpected error while checking: {error}"),
    "unexpected": ("galat tak terduga: {error}", "unexpected error: {error}"),
    "stopped": ("pemeriksaan dihentikan sebelum dokumen ini selesai", "checking stopped before this document was done"),
    "timeout": ("pemeriksaan melebihi batas waktu {seconds} detik", "checking took longer than the limit of {seconds} s"),
    "worker_died": ("proses pemeriksa berhenti mendadak saat memeriksa dokumen ini (kehabisan memori atau dihentikan)",
                    "the checking process stopped abruptly on this document (out of memory or killed)"),
}

# What the number parser says is wrong with a figure.
PARSE_ERRORS = {"bukan angka": "not a number", "pemisah ribuan tidak teratur": "irregular thousands separators",
                "angka tidak lengkap": "incomplete number"}


class Said:
    """A message key with its parameters, to be written later in the reader's language: a part of
    another message (`say(..., errors=[Said(...), ...])`)."""

    def __init__(self, key: str, **params):
        self.key, self.params = key, params

    def text(self, lang: str = "id") -> str:
        return say(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.text("id")


def say(key: str, lang: str = "id", **params) -> str:
    """The message `key` in `lang` ("id" or "en") with its parameters filled in."""
    english = lang == "en"
    values = {}
    for name, value in params.items():
        if isinstance(value, Said) or isinstance(value, list):
            # Another message inside this one (a rule file's errors), in the same language.
            value = "; ".join(part.text(lang) if isinstance(part, Said) else str(part)
                              for part in (value if isinstance(value, list) else [value]))
        elif isinstance(value, str) and value.startswith("@") and value[1:] in TEXTS:
            value = say(value[1:], lang)
        elif name == "error" and english:
            value = PARSE_ERRORS.get(str(value), value)
        elif isinstance(value, int) and not isinstance(value, bool):
            value = f"{value:,}" if english else f"{value:,}".replace(",", ".")
        values[name] = value
    return TEXTS[key][1 if english else 0].format(**values)
