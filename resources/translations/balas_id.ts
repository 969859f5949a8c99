<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="98"/>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="99"/>
        <source>Customer history</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="100"/>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="101"/>
        <source>Write a note for this case…  (Ctrl+M)</source>
        <translation>Tulis catatan…  (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="102"/>
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="103"/>
        <source>Show all</source>
        <translation>Tampilkan semua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="104"/>
        <source>Pick a case on the left to see it here.
Press Ctrl+N to log a complaint that came by phone, letter, WhatsApp or at the counter.</source>
        <translation>Pilih kasus di sebelah kiri untuk melihatnya di sini.
Tekan Ctrl+N untuk mencatat keluhan yang masuk lewat telepon, surat, WhatsApp, atau langsung di kasir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="124"/>
        <source>ignored because: %1</source>
        <translation>diabaikan karena: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="141"/>
        <source>This complaint is very long (%1 characters); the beginning is shown.</source>
        <translation>Keluhan ini sangat panjang (%1 karakter); hanya bagian awalnya yang ditampilkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="151"/>
        <source>someone</source>
        <translation>seseorang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="153"/>
        <source>%1 — case logged by %2</source>
        <translation>%1 — kasus dicatat oleh %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="155"/>
        <source>%1 — %2 moved it from “%3” to “%4”: %5</source>
        <translation>%1 — %2 mengubahnya dari “%3” ke “%4”: %5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="159"/>
        <source>%1 — %2 moved it from “%3” to “%4”</source>
        <translation>%1 — %2 mengubahnya dari “%3” ke “%4”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="162"/>
        <source>%1 — note by %2: %3</source>
        <translation>%1 — catatan oleh %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="164"/>
        <source>%1 — %2 set the customer type to “%3”</source>
        <translation>%1 — %2 mengatur jenis pelanggan menjadi “%3”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="165"/>
        <source>not set</source>
        <translation>belum diatur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="167"/>
        <source>%1 — %2 replied: %3</source>
        <translation>%1 — %2 membalas: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="169"/>
        <source>%1 — %2 snoozed the reminder</source>
        <translation>%1 — %2 menunda pengingat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="171"/>
        <source>%1 — %2 changed the case</source>
        <translation>%1 — %2 mengubah kasus ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="177"/>
        <source>Case from %1 (%2): %3</source>
        <translation>Kasus pada %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="182"/>
        <source>Comment on %1: %2</source>
        <translation>Komentar pada %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="185"/>
        <source>No earlier comments or cases from this customer.</source>
        <translation>Belum ada komentar atau kasus sebelumnya dari pelanggan ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="190"/>
        <source>Your page</source>
        <translation>Halaman Anda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="192"/>
        <source>%1 — %2 (deleted): %3</source>
        <translation>%1 — %2 (dihapus): %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="194"/>
        <source>%1 — %2 (hidden): %3</source>
        <translation>%1 — %2 (disembunyikan): %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="196"/>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="212"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="225"/>
        <source>Ignore this case</source>
        <translation>Abaikan kasus ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="226"/>
        <source>Why is this case ignored? (for example: spam, a known hater, already solved elsewhere)</source>
        <translation>Kenapa kasus ini diabaikan? (misalnya: spam, haters yang sudah dikenal, sudah diselesaikan di tempat lain)</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="22"/>
        <source>Balas cannot open your cases</source>
        <translation>Balas tidak bisa membuka kasus Anda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="24"/>
        <source>Your case file: %1</source>
        <translation>File kasus Anda: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="26"/>
        <source>Last backup: %1</source>
        <translation>Backup terakhir: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="27"/>
        <source>Restoring puts the damaged file aside (it is kept, never overwritten) and opens the backup. Anything written after that backup is not in it.</source>
        <translation>Memulihkan akan menyisihkan file yang rusak (file itu tetap disimpan, tidak akan ditimpa) lalu membuka backup. Apa pun yang dicatat setelah backup itu tidak ada di dalamnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="34"/>
        <source>Restore last backup</source>
        <translation>Pulihkan backup terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="37"/>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="39"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="44"/>
        <source>Your case file is in use by another program (perhaps Balas is already open, or a backup tool is copying it). Close that program and try again.</source>
        <translation>File kasus Anda sedang dipakai program lain (mungkin Balas sudah terbuka, atau program backup sedang menyalinnya). Tutup program itu lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="48"/>
        <source>Balas is not allowed to write to your case file or its folder. Check that the disk is not full or write-protected and that you have permission to change the folder, then try again.</source>
        <translation>Balas tidak diizinkan menulis ke file kasus Anda atau foldernya. Pastikan disk tidak penuh atau terkunci dari penulisan, dan Anda punya izin untuk mengubah folder itu, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="52"/>
        <source>Balas could not upgrade your case file for this version. The file is exactly as it was, and a copy was saved in the backups folder. Please keep using the earlier version and tell us.</source>
        <translation>Balas tidak bisa memperbarui file kasus Anda untuk versi ini. File itu masih persis seperti sebelumnya, dan salinannya sudah disimpan di folder cadangan. Silakan tetap pakai versi sebelumnya dan kabari kami.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="56"/>
        <source>Your case file was saved by a newer version of Balas. Please install the newest Balas; this older version will not change the file.</source>
        <translation>File kasus Anda disimpan oleh versi Balas yang lebih baru. Silakan pasang Balas versi terbaru; versi lama ini tidak akan mengubah file tersebut.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="58"/>
        <source>Your case file is damaged or is not a Balas file. Balas has not changed it.</source>
        <translation>File kasus Anda rusak atau bukan file Balas. Balas tidak mengubahnya.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/ui/filter_bar.py" line="48"/>
        <source>Search complaints and names…  (Ctrl+F)</source>
        <translation>Cari keluhan dan nama…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_bar.py" line="49"/>
        <source>Overdue only</source>
        <translation>Hanya yang terlambat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_bar.py" line="50"/>
        <source>Open cases</source>
        <translation>Kasus terbuka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_bar.py" line="50"/>
        <source>All states</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_bar.py" line="52"/>
        <source>All channels</source>
        <translation>Semua saluran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_bar.py" line="54"/>
        <source>All customer types</source>
        <translation>Semua jenis pelanggan</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="122"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="122"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="122"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="123"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="123"/>
        <source>Touchpoint</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="123"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="122"/>
        <source>Complaint</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="144"/>
        <source>Overdue since %1</source>
        <translation>Terlambat sejak %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="158"/>
        <location filename="../../desktop/ui/main_window.py" line="127"/>
        <source>%1 · overdue</source>
        <translation>%1 · terlambat</translation>
    </message>
</context>
<context>
    <name>InboxPresenter</name>
    <message>
        <location filename="../../desktop/ui/inbox_presenter.py" line="56"/>
        <source>Opening your cases…</source>
        <translation>Membuka kasus Anda…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_presenter.py" line="69"/>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_presenter.py" line="69"/>
        <source>Loading cases…</source>
        <translation>Memuat kasus…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/inbox_presenter.py" line="92"/>
        <source>%n case(s) found.</source>
        <translation>
            <numerusform>%n kasus ditemukan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/inbox_presenter.py" line="94"/>
        <source>%n case(s) shown.</source>
        <translation>
            <numerusform>%n kasus ditampilkan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_presenter.py" line="104"/>
        <source>%1 open · %2 overdue · %3 new</source>
        <translation>%1 terbuka · %2 terlambat · %3 baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_presenter.py" line="113"/>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_presenter.py" line="148"/>
        <location filename="../../desktop/ui/inbox_presenter.py" line="152"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="11"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="12"/>
        <source>Acknowledged</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="13"/>
        <source>In progress</source>
        <translation>Diproses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="14"/>
        <source>Resolved</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="15"/>
        <location filename="../../desktop/ui/labels.py" line="51"/>
        <source>Followed up</source>
        <translation>Sudah ditindaklanjuti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="16"/>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="17"/>
        <source>Ignored</source>
        <translation>Diabaikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="20"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="21"/>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="22"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="23"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="24"/>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="25"/>
        <source>Walk-in</source>
        <translation>Datang ke toko</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="26"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="27"/>
        <source>SMS / WhatsApp</source>
        <translation>SMS / WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="28"/>
        <location filename="../../desktop/ui/labels.py" line="45"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="31"/>
        <source>Active hater</source>
        <translation>Pembenci aktif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="32"/>
        <source>Harsh critic</source>
        <translation>Pengkritik keras</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="33"/>
        <source>Upset former regular</source>
        <translation>Pelanggan setia yang kecewa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="34"/>
        <source>Loyal fan</source>
        <translation>Penggemar setia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="35"/>
        <source>Newcomer</source>
        <translation>Pelanggan baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="38"/>
        <source>Delivery</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="39"/>
        <source>Product quality</source>
        <translation>Kualitas produk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="40"/>
        <source>Staff</source>
        <translation>Karyawan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="41"/>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="42"/>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="43"/>
        <source>Online shop</source>
        <translation>Toko online</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="44"/>
        <source>Store visit</source>
        <translation>Kunjungan ke toko</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="48"/>
        <source>Acknowledge</source>
        <translation>Konfirmasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="49"/>
        <source>Start work</source>
        <translation>Mulai proses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="50"/>
        <source>Mark resolved</source>
        <translation>Tandai selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="52"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="53"/>
        <source>Ignore…</source>
        <translation>Abaikan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="54"/>
        <source>Reopen</source>
        <translation>Buka lagi</translation>
    </message>
</context>
<context>
    <name>LogCaseDialog</name>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="93"/>
        <source>Log a complaint</source>
        <translation>Catat keluhan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="94"/>
        <source>&amp;Customer</source>
        <translation>&amp;Pelanggan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="94"/>
        <source>&amp;Phone or e-mail (optional)</source>
        <translation>&amp;Telepon atau email (opsional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="94"/>
        <source>Came &amp;by</source>
        <translation>&amp;Melalui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="95"/>
        <source>&amp;Touchpoint</source>
        <translation>&amp;Bagian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="95"/>
        <source>&amp;Received</source>
        <translation>&amp;Diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="95"/>
        <source>&amp;What they said</source>
        <translation>&amp;Apa yang mereka sampaikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="98"/>
        <source>Type a name; pick a known customer from the list</source>
        <translation>Ketik nama; pilih pelanggan yang sudah ada dari daftar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="99"/>
        <source>Write down the complaint in the customer&apos;s own words</source>
        <translation>Tulis keluhannya dengan kata-kata pelanggan sendiri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="100"/>
        <source>Edit list…</source>
        <translation>Ubah daftar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/log_case_dialog.py" line="133"/>
        <source>Known customer, %n earlier case(s).</source>
        <translation>
            <numerusform>Pelanggan yang sudah dikenal, %n kasus sebelumnya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="137"/>
        <source>A new customer will be added.</source>
        <translation>Pelanggan baru akan ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="145"/>
        <source>Please type the customer&apos;s name.</source>
        <translation>Silakan ketik nama pelanggan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="149"/>
        <source>Please write down what the customer said.</source>
        <translation>Silakan tulis apa yang disampaikan pelanggan.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="106"/>
        <source>Balas — complaints inbox</source>
        <translation>Balas — kotak masuk keluhan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="107"/>
        <source>%1 (demo shop)</source>
        <translation>%1 (toko demo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="108"/>
        <source>Log a complaint…</source>
        <translation>Catat keluhan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="109"/>
        <source>Log a complaint that came by phone, letter, WhatsApp or at the counter (Ctrl+N)</source>
        <translation>Catat keluhan yang masuk lewat telepon, surat, WhatsApp, atau langsung di kasir (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="111"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="112"/>
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="113"/>
        <source>Add a note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="114"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="115"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116"/>
        <source>No cases match. Clear the search or choose “All states” to see more.</source>
        <translation>Tidak ada kasus yang cocok. Hapus kata pencarian atau pilih “Semua status” untuk melihat lebih banyak.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/ui/messages.py" line="18"/>
        <source>This case is “%1”, so “%2” is not possible now. The case was not changed.</source>
        <translation>Kasus ini berstatus “%1”, jadi “%2” tidak bisa dilakukan sekarang. Kasusnya tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="23"/>
        <source>Please write down what the customer said.</source>
        <translation>Silakan tulis apa yang disampaikan pelanggan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="24"/>
        <source>Please type the customer&apos;s name (up to 200 letters).</source>
        <translation>Silakan ketik nama pelanggan (maksimal 200 huruf).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="25"/>
        <source>The note is empty.</source>
        <translation>Catatannya kosong.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="26"/>
        <source>Please say why the case is ignored.</source>
        <translation>Silakan tulis alasan kasus ini diabaikan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="27"/>
        <source>The time received cannot be in the future.</source>
        <translation>Waktu diterima tidak boleh di masa depan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="28"/>
        <source>That touchpoint is not in the list any more. Pick another one.</source>
        <translation>Bagian itu sudah tidak ada di daftar. Pilih yang lain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="30"/>
        <source>Some of what was typed cannot be saved. Please check it and try again.</source>
        <translation>Sebagian yang Anda ketik tidak bisa disimpan. Silakan periksa dan coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="44"/>
        <source>Something unexpected went wrong; nothing you typed was lost. If it happens again, the log file in the Balas data folder says more.</source>
        <translation>Terjadi masalah yang tidak terduga; yang Anda ketik tidak hilang. Jika terulang, file log di folder data Balas berisi rinciannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="33"/>
        <source>That case or customer is no longer in the case log.</source>
        <translation>Kasus atau pelanggan itu sudah tidak ada di catatan kasus.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="35"/>
        <source>The case file is busy (another program is using it). Nothing was lost; please try again in a moment.</source>
        <translation>File kasus sedang sibuk (dipakai program lain). Tidak ada yang hilang; silakan coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="38"/>
        <source>Balas could not write to the case file (read-only or disk full). What you typed is still here; free some space or check the folder, then try again.</source>
        <translation>Balas tidak bisa menulis ke file kasus (hanya-baca atau disk penuh). Yang Anda ketik masih ada di sini; kosongkan sedikit ruang atau periksa foldernya, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="42"/>
        <source>The case file could not be read or written. What you typed is still here; please try again.</source>
        <translation>File kasus tidak bisa dibaca atau ditulis. Yang Anda ketik masih ada di sini; silakan coba lagi.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="16"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="17"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="18"/>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="19"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="20"/>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="21"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="22"/>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="31"/>
        <source>Show Details...</source>
        <translation>Tampilkan detail...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="32"/>
        <source>Hide Details...</source>
        <translation>Sembunyikan detail...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="10"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="11"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="12"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="13"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="14"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="15"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="23"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="24"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="25"/>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="26"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="27"/>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;lokasi tautan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="28"/>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="29"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="30"/>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>TouchpointDialog</name>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="46"/>
        <source>Touchpoints</source>
        <translation>Daftar bagian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="47"/>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="48"/>
        <source>Rename…</source>
        <translation>Ganti nama…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="49"/>
        <source>Hide</source>
        <translation>Sembunyikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="50"/>
        <source>Hidden touchpoints are not offered for new cases; cases already tagged keep them.</source>
        <translation>Bagian yang disembunyikan tidak lagi ditawarkan untuk kasus baru; kasus yang sudah ditandai tetap memakainya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="73"/>
        <source>Add a touchpoint</source>
        <translation>Tambah bagian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="74"/>
        <source>Name (for example: Parking, Packaging):</source>
        <translation>Nama (misalnya: Parkir, Kemasan):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="82"/>
        <source>Rename touchpoint</source>
        <translation>Ganti nama bagian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="82"/>
        <source>New name:</source>
        <translation>Nama baru:</translation>
    </message>
</context>
</TS>
