<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="49" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="49" />
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="49" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="55" />
        <source>Connected accounts</source>
        <translation>Akun yang terhubung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="56" />
        <source>No account is connected yet. Connect your Facebook Page, Instagram or X account below; comments then arrive in the inbox by themselves.</source>
        <translation>Belum ada akun yang terhubung. Hubungkan Halaman Facebook, Instagram, atau akun X Anda di bawah; setelah itu komentar masuk ke kotak masuk dengan sendirinya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="61" />
        <source>Connect a Facebook Page…</source>
        <translation>Hubungkan Halaman Facebook…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="62" />
        <source>Connect Instagram…</source>
        <translation>Hubungkan Instagram…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="63" />
        <source>Connect X…</source>
        <translation>Hubungkan X…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="67" />
        <source>Paste a token…</source>
        <translation>Tempel token…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="69" />
        <source>Sign in again</source>
        <translation>Masuk lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="71" />
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="72" />
        <source>Balas forgets this sign-in; the comments, cases and waiting replies stay.</source>
        <translation>Balas melupakan login ini; komentar, kasus, dan balasan yang menunggu tetap tersimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="87" />
        <source>Copy the code</source>
        <translation>Salin kode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="89" />
        <source>Cancel sign-in</source>
        <translation>Batalkan login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="101" />
        <source>Sign-in message</source>
        <translation>Pesan login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="106" />
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="107" />
        <source>Minutes between syncs</source>
        <translation>Menit di antara sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="118" />
        <source>Look for new comments every:</source>
        <translation>Cek komentar baru setiap:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="140" />
        <source>Stopping the last sign-in…</source>
        <translation>Menghentikan login sebelumnya…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="149" />
        <source>Balas cannot use this computer's password store (keyring), so it cannot keep a sign-in. Accounts cannot sync, but everything else works offline. To fix it, sign in to your computer's keyring (or install one) and open Settings again. Details: %1</source>
        <translation>Balas tidak bisa memakai penyimpanan kata sandi komputer ini (keyring), jadi login tidak bisa disimpan. Akun tidak bisa disinkronkan, tetapi semua yang lain tetap berjalan secara offline. Untuk memperbaikinya, buka kunci keyring komputer Anda (atau pasang salah satu) lalu buka Pengaturan lagi. Detail: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="158" />
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="176" />
        <source>synced %1</source>
        <translation>disinkronkan %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="177" />
        <source>not synced yet</source>
        <translation>belum disinkronkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="179" />
        <source>Signed out</source>
        <translation>Sudah keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="181" />
        <source>Needs you to sign in again</source>
        <translation>Perlu login lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="183" />
        <source>Offline · %1</source>
        <translation>Offline · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="185" />
        <source>Connected · the platform asked Balas to wait until %1</source>
        <translation>Terhubung · platform meminta Balas menunggu sampai %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="188" />
        <source>Connected · the last sync failed, Balas tries again · %1</source>
        <translation>Terhubung · sinkronisasi terakhir gagal, Balas akan mencoba lagi · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="189" />
        <source>Connected · %1</source>
        <translation>Terhubung · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="214" />
        <source>Finish signing in to %1 in your browser, then come back here. Balas waits up to 10 minutes.</source>
        <translation>Selesaikan login ke %1 di browser Anda, lalu kembali ke sini. Balas menunggu hingga 10 menit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="216" />
        <source>Balas has received the platform's answer. You can close this tab and go back to Balas.</source>
        <translation>Balas sudah menerima jawaban platform. Anda boleh menutup tab ini dan kembali ke Balas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/accounts_page.py" line="257" />
        <source>Open %1 in your browser (Balas has opened it), type this code and allow Balas. The code works for %n minute(s).</source>
        <translation>
            <numerusform>Buka %1 di browser Anda (Balas sudah membukanya), ketik kode ini dan izinkan Balas. Kode ini berlaku selama %n menit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="231" />
        <source>Checking the token with the platform…</source>
        <translation>Memeriksa token ke platform…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="279" />
        <source>%1 is connected. Balas syncs it now and every few minutes.</source>
        <translation>%1 sudah terhubung. Balas menyinkronkannya sekarang dan setiap beberapa menit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="292" />
        <source>This computer's password store (keyring) cannot be used, so the sign-in was not kept. Everything else works offline. Details: %1</source>
        <translation>Penyimpanan kata sandi komputer ini (keyring) tidak bisa dipakai, jadi login tidak disimpan. Semua yang lain tetap berjalan secara offline. Detail: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="303" />
        <source>Fill in this platform's app details on the “Platform apps” tab first. The README explains, step by step, how to get them.</source>
        <translation>Isi dulu detail aplikasi platform ini di tab “Aplikasi platform”. README menjelaskan langkah demi langkah cara mendapatkannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="305" />
        <source>Paste the token first.</source>
        <translation>Tempel tokennya dulu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="306" />
        <source>Another program is using port %1 on this computer, where the sign-in comes back to. Close that program, or choose another port on the “Platform apps” tab and register the new address with the platform.</source>
        <translation>Program lain sedang memakai port %1 di komputer ini, tempat login kembali. Tutup program itu, atau pilih port lain di tab “Aplikasi platform” dan daftarkan alamat barunya ke platform.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="310" />
        <source>The sign-in was cancelled on the platform's page. Nothing changed.</source>
        <translation>Login dibatalkan di halaman platform. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="311" />
        <source>Nothing came back from the browser in time. If the platform showed an error, check that your app's ID and the address %1 are registered exactly as shown, then try again.</source>
        <translation>Tidak ada jawaban dari browser tepat waktu. Jika platform menampilkan galat, pastikan ID aplikasi Anda dan alamat %1 terdaftar persis seperti yang ditampilkan, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="315" />
        <source>Sign-in cancelled. Nothing changed.</source>
        <translation>Login dibatalkan. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="316" />
        <source>The browser came back with an answer that does not belong to this sign-in, so Balas did not use it. Please try again.</source>
        <translation>Browser mengembalikan jawaban yang bukan milik login ini, jadi Balas tidak memakainya. Silakan coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="318" />
        <source>You signed in, but this account may not moderate any Facebook Page. Ask the Page's admin for full control or for moderating access, then try again.</source>
        <translation>Anda sudah login, tetapi akun ini tidak boleh memoderasi Halaman Facebook mana pun. Minta admin Halaman memberi kendali penuh atau akses moderasi, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="321" />
        <source>The code ran out before it was entered. Start again to get a new one.</source>
        <translation>Kode sudah kedaluwarsa sebelum dimasukkan. Mulai lagi untuk mendapatkan kode baru.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="328" />
        <source>The platform did not accept this sign-in: the token is wrong, has run out, or lacks a permission. Sign in again and allow everything Balas asks for.</source>
        <translation>Platform tidak menerima login ini: tokennya salah, sudah kedaluwarsa, atau kurang izin. Login lagi dan izinkan semua yang diminta Balas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="331" />
        <source>The platform asks Balas to wait before trying again (until %1).</source>
        <translation>Platform meminta Balas menunggu sebelum mencoba lagi (sampai %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="333" />
        <source>The platform asks Balas to wait a while before trying again.</source>
        <translation>Platform meminta Balas menunggu sebentar sebelum mencoba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="335" />
        <source>Balas cannot reach the platform. Check the internet connection and try again.</source>
        <translation>Balas tidak bisa menghubungi platform. Periksa koneksi internet lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="337" />
        <source>The platform had a problem answering. Please try again in a few minutes.</source>
        <translation>Platform sedang bermasalah saat menjawab. Silakan coba lagi beberapa menit lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="338" />
        <source>The platform refused: “%1”. Check your app's details on the “Platform apps” tab.</source>
        <translation>Platform menolak: “%1”. Periksa detail aplikasi Anda di tab “Aplikasi platform”.</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="173" />
        <source>Reply</source>
        <translation>Balas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="174" />
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="175" />
        <source>Customer history</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="176" />
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="177" />
        <source>Type: let Balas decide</source>
        <translation>Tipe: biar Balas yang menentukan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="179" />
        <source>Type: %1</source>
        <translation>Tipe: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="181" />
        <source>Set this customer's type yourself; your choice always wins over Balas's guess.</source>
        <translation>Tentukan sendiri tipe pelanggan ini; pilihan Anda selalu mengalahkan tebakan Balas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="183" />
        <source>Customer data</source>
        <translation>Data pelanggan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="184" />
        <source>Everything Balas holds about this customer: save it for them, or erase it when they ask</source>
        <translation>Semua yang disimpan Balas tentang pelanggan ini: simpan untuk mereka, atau hapus saat mereka meminta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="186" />
        <source>Save this customer's data…</source>
        <translation>Simpan data pelanggan ini…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="187" />
        <source>Erase this customer's data…</source>
        <translation>Hapus data pelanggan ini…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="188" />
        <source>Hide comment</source>
        <translation>Sembunyikan komentar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="189" />
        <source>Hide the comment on the platform: the customer and their friends still see it, others do not.</source>
        <translation>Sembunyikan komentar di platform: penulis dan teman-temannya masih melihatnya, orang lain tidak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="193" />
        <source>Show them</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="194" />
        <source>List this case and the ones like it in the inbox</source>
        <translation>Tampilkan kasus ini dan kasus yang serupa di kotak masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="195" />
        <source>Write a note for this case…  (Ctrl+M)</source>
        <translation>Tulis catatan…  (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="196" />
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="197" />
        <source>Show all</source>
        <translation>Tampilkan semua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="198" />
        <source>Pick a case on the left to see it here.
Press Ctrl+N to log a complaint that came by phone, letter, WhatsApp or at the counter.</source>
        <translation>Pilih kasus di sebelah kiri untuk melihatnya di sini.
Tekan Ctrl+N untuk mencatat keluhan yang masuk lewat telepon, surat, WhatsApp, atau langsung di kasir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="214" />
        <location filename="../../desktop/ui/case_panel.py" line="288" />
        <location filename="../../desktop/ui/case_panel.py" line="398" />
        <source>Erased customer</source>
        <translation>Pelanggan yang dihapus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="218" />
        <source>ignored because: %1</source>
        <translation>diabaikan karena: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="239" />
        <source>Type not known yet</source>
        <translation>Tipe belum diketahui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="249" />
        <source>Abusive words: %1. Nothing is hidden unless you choose to.</source>
        <translation>Kata-kata kasar: %1. Tidak ada yang disembunyikan kecuali Anda memilihnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="259" />
        <source>you set this type yourself</source>
        <translation>Anda sendiri yang menentukan tipe ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="260" />
        <source>Why: %1</source>
        <translation>Alasan: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/case_panel.py" line="274" />
        <source>%n other customer(s) mentioned “%1” this week.</source>
        <translation>
            <numerusform>%n pelanggan lain menyebut “%1” minggu ini.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/case_panel.py" line="279" />
        <source>%n other customer(s) wrote “%1” this week.</source>
        <translation>
            <numerusform>%n pelanggan lain menulis “%1” minggu ini.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="289" />
        <source>Like %1's complaint, this week</source>
        <translation>Serupa keluhan %1, minggu ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="333" />
        <source>This complaint is very long (%1 characters); the beginning is shown.</source>
        <translation>Keluhan ini sangat panjang (%1 karakter); hanya bagian awalnya yang ditampilkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="343" />
        <source>someone</source>
        <translation>seseorang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="345" />
        <source>%1 — case logged by %2</source>
        <translation>%1 — kasus dicatat oleh %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="347" />
        <source>%1 — %2 moved it from “%3” to “%4”: %5</source>
        <translation>%1 — %2 mengubahnya dari “%3” ke “%4”: %5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="351" />
        <source>%1 — %2 moved it from “%3” to “%4”</source>
        <translation>%1 — %2 mengubahnya dari “%3” ke “%4”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="354" />
        <source>%1 — note by %2: %3</source>
        <translation>%1 — catatan oleh %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="356" />
        <source>%1 — %2 set the customer type to “%3”</source>
        <translation>%1 — %2 mengatur jenis pelanggan menjadi “%3”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="357" />
        <source>not set</source>
        <translation>belum diatur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="361" />
        <source>%1 — the customer wrote again: %2</source>
        <translation>%1 — pelanggan menulis lagi: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="363" />
        <source>%1 — replied on the platform: %2</source>
        <translation>%1 — dibalas langsung di platform: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="365" />
        <source>%1 — posted on the platform (%2)</source>
        <translation>%1 — sudah terkirim ke platform (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="367" />
        <source>%1 — the platform refused it: %2</source>
        <translation>%1 — platform menolaknya: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="369" />
        <source>%1 — %2 replied: %3</source>
        <translation>%1 — %2 membalas: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="359" />
        <source>%1 — %2 asked to hide the comment</source>
        <translation>%1 — %2 meminta komentar disembunyikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="371" />
        <source>%1 — %2 snoozed the reminder until %3</source>
        <translation>%1 — %2 menunda pengingat sampai %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="373" />
        <source>%1 — %2 snoozed the reminder</source>
        <translation>%1 — %2 menunda pengingat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="375" />
        <source>%1 — %2 marked “%3” done</source>
        <translation>%1 — %2 menandai “%3” selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="376" />
        <source>the reminder</source>
        <translation>pengingat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="378" />
        <source>%1 — %2 changed the case</source>
        <translation>%1 — %2 mengubah kasus ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="384" />
        <source>Case from %1 (%2): %3</source>
        <translation>Kasus pada %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="389" />
        <source>Comment on %1: %2</source>
        <translation>Komentar pada %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="392" />
        <source>No earlier comments or cases from this customer.</source>
        <translation>Belum ada komentar atau kasus sebelumnya dari pelanggan ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="397" />
        <source>Your page</source>
        <translation>Halaman Anda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="400" />
        <source>%1 — %2 (deleted): %3</source>
        <translation>%1 — %2 (dihapus): %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="402" />
        <source>%1 — %2 (hidden): %3</source>
        <translation>%1 — %2 (disembunyikan): %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="404" />
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="420" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="433" />
        <source>Ignore this case</source>
        <translation>Abaikan kasus ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="434" />
        <source>Why is this case ignored? (for example: spam, a known hater, already solved elsewhere)</source>
        <translation>Kenapa kasus ini diabaikan? (misalnya: spam, haters yang sudah dikenal, sudah diselesaikan di tempat lain)</translation>
    </message>
</context>
<context>
    <name>CaseReminderBar</name>
    <message>
        <location filename="../../desktop/ui/case_reminder.py" line="57" />
        <source>Snooze</source>
        <translation>Tunda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_reminder.py" line="58" />
        <source>Quiet this reminder for a while; it comes back after.</source>
        <translation>Diamkan pengingat ini sebentar; nanti muncul lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_reminder.py" line="59" />
        <source>For 15 minutes</source>
        <translation>Selama 15 menit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_reminder.py" line="60" />
        <source>For 1 hour</source>
        <translation>Selama 1 jam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_reminder.py" line="61" />
        <source>Until the shop opens next</source>
        <translation>Sampai toko buka lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_reminder.py" line="62" />
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_reminder.py" line="90" />
        <source>%1: snoozed until %2 (due %3)</source>
        <translation>%1: ditunda sampai %2 (batas waktu %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_reminder.py" line="93" />
        <source>%1: overdue by %2 of opening time (due %3)</source>
        <translation>%1: terlambat %2 jam buka (batas waktu %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_reminder.py" line="96" />
        <source>%1: due by %2</source>
        <translation>%1: paling lambat %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_reminder.py" line="102" />
        <source>You answered another way (by phone, a message, in the shop): the case is marked acknowledged.</source>
        <translation>Anda sudah menjawab dengan cara lain (telepon, pesan, di toko): kasus ditandai “Dikonfirmasi”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_reminder.py" line="104" />
        <source>You told the customer how things stand: the update clock starts again.</source>
        <translation>Anda sudah mengabari pelanggan soal perkembangannya: hitungan waktu kabar berikutnya mulai lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_reminder.py" line="106" />
        <source>You checked back with the customer: the case is marked followed up.</source>
        <translation>Anda sudah menanyakan kabar pelanggan lagi: kasus ditandai “Sudah ditindaklanjuti”.</translation>
    </message>
</context>
<context>
    <name>ChooseAccountDialog</name>
    <message>
        <location filename="../../desktop/ui/account_dialogs.py" line="29" />
        <source>Choose a Page</source>
        <translation>Pilih Halaman</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialogs.py" line="38" />
        <source>Your sign-in can answer on several Pages. Which one should Balas connect? You can connect another one later.</source>
        <translation>Login Anda bisa membalas di beberapa Halaman. Halaman mana yang perlu dihubungkan Balas? Anda bisa menghubungkan Halaman lain nanti.</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="22" />
        <source>Balas cannot open your cases</source>
        <translation>Balas tidak bisa membuka kasus Anda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="24" />
        <source>Your case file: %1</source>
        <translation>File kasus Anda: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="26" />
        <source>Last backup: %1</source>
        <translation>Backup terakhir: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="27" />
        <source>Restoring puts the damaged file aside (it is kept, never overwritten) and opens the backup. Anything written after that backup is not in it.</source>
        <translation>Memulihkan akan menyisihkan file yang rusak (file itu tetap disimpan, tidak akan ditimpa) lalu membuka backup. Apa pun yang dicatat setelah backup itu tidak ada di dalamnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="34" />
        <source>Restore last backup</source>
        <translation>Pulihkan backup terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="37" />
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="39" />
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="44" />
        <source>Your case file is in use by another program (perhaps Balas is already open, or a backup tool is copying it). Close that program and try again.</source>
        <translation>File kasus Anda sedang dipakai program lain (mungkin Balas sudah terbuka, atau program backup sedang menyalinnya). Tutup program itu lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="48" />
        <source>Balas is not allowed to write to your case file or its folder. Check that the disk is not full or write-protected and that you have permission to change the folder, then try again.</source>
        <translation>Balas tidak diizinkan menulis ke file kasus Anda atau foldernya. Pastikan disk tidak penuh atau terkunci dari penulisan, dan Anda punya izin untuk mengubah folder itu, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="52" />
        <source>Balas could not upgrade your case file for this version. The file is exactly as it was, and a copy was saved in the backups folder. Please keep using the earlier version and tell us.</source>
        <translation>Balas tidak bisa memperbarui file kasus Anda untuk versi ini. File itu masih persis seperti sebelumnya, dan salinannya sudah disimpan di folder cadangan. Silakan tetap pakai versi sebelumnya dan kabari kami.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="56" />
        <source>Your case file was saved by a newer version of Balas. Please install the newest Balas; this older version will not change the file.</source>
        <translation>File kasus Anda disimpan oleh versi Balas yang lebih baru. Silakan pasang Balas versi terbaru; versi lama ini tidak akan mengubah file tersebut.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="58" />
        <source>Your case file is damaged or is not a Balas file. Balas has not changed it.</source>
        <translation>File kasus Anda rusak atau bukan file Balas. Balas tidak mengubahnya.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/ui/filter_bar.py" line="66" />
        <source>Search complaints and names…  (Ctrl+F)</source>
        <translation>Cari keluhan dan nama…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_bar.py" line="67" />
        <source>Overdue only</source>
        <translation>Hanya yang terlambat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_bar.py" line="68" />
        <source>Show all cases again</source>
        <translation>Tampilkan semua kasus lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_bar.py" line="69" />
        <source>Open cases</source>
        <translation>Kasus terbuka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_bar.py" line="69" />
        <source>All states</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_bar.py" line="71" />
        <source>All channels</source>
        <translation>Semua saluran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_bar.py" line="73" />
        <source>All customer types</source>
        <translation>Semua jenis pelanggan</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="131" />
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="131" />
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="131" />
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="132" />
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="132" />
        <source>Touchpoint</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="132" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="131" />
        <source>Complaint</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="156" />
        <source>Overdue since %1</source>
        <translation>Terlambat sejak %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="160" />
        <source>Contains abusive words.
%1</source>
        <translation>Berisi kata-kata kasar.
%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="165" />
        <source>Erased customer</source>
        <translation>Pelanggan yang dihapus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="174" />
        <location filename="../../desktop/ui/main_window.py" line="292" />
        <source>%1 · overdue</source>
        <translation>%1 · terlambat</translation>
    </message>
</context>
<context>
    <name>InboxPresenter</name>
    <message>
        <location filename="../../desktop/ui/inbox_presenter.py" line="66" />
        <source>Opening your cases…</source>
        <translation>Membuka kasus Anda…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_presenter.py" line="79" />
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_presenter.py" line="79" />
        <source>Loading cases…</source>
        <translation>Memuat kasus…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/inbox_presenter.py" line="114" />
        <source>%n case(s) found.</source>
        <translation>
            <numerusform>%n kasus ditemukan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/inbox_presenter.py" line="116" />
        <source>%n case(s) shown.</source>
        <translation>
            <numerusform>%n kasus ditampilkan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_presenter.py" line="154" />
        <source>%1 open · %2 overdue · %3 new</source>
        <translation>%1 terbuka · %2 terlambat · %3 baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_presenter.py" line="163" />
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_presenter.py" line="174" />
        <location filename="../../desktop/ui/inbox_presenter.py" line="178" />
        <location filename="../../desktop/ui/inbox_presenter.py" line="182" />
        <location filename="../../desktop/ui/inbox_presenter.py" line="216" />
        <location filename="../../desktop/ui/inbox_presenter.py" line="220" />
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_presenter.py" line="187" />
        <source>Reply saved; it waits in the outbox and is posted when this account is connected.</source>
        <translation>Balasan disimpan; menunggu di kotak keluar dan akan diposting saat akun ini tersambung.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_presenter.py" line="189" />
        <source>Reply logged on the case.</source>
        <translation>Balasan dicatat di kasus.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="11" />
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="12" />
        <source>Acknowledged</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="13" />
        <source>In progress</source>
        <translation>Diproses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="14" />
        <source>Resolved</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="15" />
        <location filename="../../desktop/ui/labels.py" line="51" />
        <source>Followed up</source>
        <translation>Sudah ditindaklanjuti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="16" />
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="17" />
        <source>Ignored</source>
        <translation>Diabaikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="20" />
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="21" />
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="22" />
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="23" />
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="24" />
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="25" />
        <source>Walk-in</source>
        <translation>Datang ke toko</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="26" />
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="27" />
        <source>SMS / WhatsApp</source>
        <translation>SMS / WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="28" />
        <location filename="../../desktop/ui/labels.py" line="45" />
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="31" />
        <source>Active hater</source>
        <translation>Pembenci aktif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="32" />
        <source>Harsh critic</source>
        <translation>Pengkritik keras</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="33" />
        <source>Upset former regular</source>
        <translation>Pelanggan setia yang kecewa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="34" />
        <source>Loyal fan</source>
        <translation>Penggemar setia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="35" />
        <source>Newcomer</source>
        <translation>Pelanggan baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="38" />
        <source>Delivery</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="39" />
        <source>Product quality</source>
        <translation>Kualitas produk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="40" />
        <source>Staff</source>
        <translation>Karyawan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="41" />
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="42" />
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="43" />
        <source>Online shop</source>
        <translation>Toko online</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="44" />
        <source>Store visit</source>
        <translation>Kunjungan ke toko</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="48" />
        <source>Acknowledge</source>
        <translation>Konfirmasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="49" />
        <source>Start work</source>
        <translation>Mulai proses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="50" />
        <source>Mark resolved</source>
        <translation>Tandai selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="52" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="53" />
        <source>Ignore…</source>
        <translation>Abaikan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="54" />
        <source>Reopen</source>
        <translation>Buka lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="58" />
        <source>reply</source>
        <translation>balasan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="59" />
        <source>hide the comment</source>
        <translation>sembunyikan komentar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="60" />
        <source>show the comment again</source>
        <translation>tampilkan lagi komentar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="61" />
        <source>delete the comment</source>
        <translation>hapus komentar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="65" />
        <source>First reply</source>
        <translation>Balasan pertama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="66" />
        <source>Update the customer</source>
        <translation>Kabari pelanggan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="67" />
        <source>Follow up</source>
        <translation>Tindak lanjut</translation>
    </message>
</context>
<context>
    <name>LogCaseDialog</name>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="93" />
        <source>Log a complaint</source>
        <translation>Catat keluhan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="94" />
        <source>&amp;Customer</source>
        <translation>&amp;Pelanggan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="94" />
        <source>&amp;Phone or e-mail (optional)</source>
        <translation>&amp;Telepon atau email (opsional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="94" />
        <source>Came &amp;by</source>
        <translation>&amp;Melalui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="95" />
        <source>&amp;Touchpoint</source>
        <translation>&amp;Bagian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="95" />
        <source>&amp;Received</source>
        <translation>&amp;Diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="95" />
        <source>&amp;What they said</source>
        <translation>&amp;Apa yang mereka sampaikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="98" />
        <source>Type a name; pick a known customer from the list</source>
        <translation>Ketik nama; pilih pelanggan yang sudah ada dari daftar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="99" />
        <source>Write down the complaint in the customer's own words</source>
        <translation>Tulis keluhannya dengan kata-kata pelanggan sendiri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="100" />
        <source>Edit list…</source>
        <translation>Ubah daftar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/log_case_dialog.py" line="133" />
        <source>Known customer, %n earlier case(s).</source>
        <translation>
            <numerusform>Pelanggan yang sudah dikenal, %n kasus sebelumnya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="137" />
        <source>A new customer will be added.</source>
        <translation>Pelanggan baru akan ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="145" />
        <source>Please type the customer's name.</source>
        <translation>Silakan ketik nama pelanggan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="149" />
        <source>Please write down what the customer said.</source>
        <translation>Silakan tulis apa yang disampaikan pelanggan.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="211" />
        <source>Export list</source>
        <translation>Ekspor daftar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="212" />
        <source>Spreadsheet (*.csv)</source>
        <translation>Spreadsheet (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="218" />
        <source>Writing the cases…</source>
        <translation>Sedang menulis kasus…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="221" />
        <source>%n case(s) saved as %1.</source>
        <translation>
            <numerusform>%n kasus disimpan sebagai %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="236" />
        <source>Balas — complaints inbox</source>
        <translation>Balas — kotak masuk keluhan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="238" />
        <source>%1 (demo shop)</source>
        <translation>%1 (toko demo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="240" />
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="257" />
        <source>Show overdue</source>
        <translation>Tampilkan yang terlambat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="258" />
        <source>Snooze all for 1 hour</source>
        <translation>Tunda semua 1 jam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="259" />
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="260" />
        <source>Show them</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="261" />
        <source>Log a complaint…</source>
        <translation>Catat keluhan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="262" />
        <source>Log a complaint that came by phone, letter, WhatsApp or at the counter (Ctrl+N)</source>
        <translation>Catat keluhan yang masuk lewat telepon, surat, WhatsApp, atau langsung di kasir (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="264" />
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="265" />
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="266" />
        <source>Add a note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="267" />
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="268" />
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="269" />
        <source>How replies are signed and checked, accounts, how often to sync (Ctrl+,)</source>
        <translation>Cara balasan ditandatangani dan diperiksa, akun, seberapa sering sinkronisasi (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="271" />
        <source>Reports…</source>
        <translation>Laporan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="272" />
        <source>Complaints, reply times and where the shop is weak, over a period; export to CSV or PDF (Ctrl+Shift+R)</source>
        <translation>Keluhan, waktu membalas, dan di mana kelemahan toko dalam satu periode; ekspor ke CSV atau PDF (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="274" />
        <source>Export list…</source>
        <translation>Ekspor daftar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="275" />
        <source>Save the cases shown (with the filters and search) as a spreadsheet (CSV) that opens in Excel</source>
        <translation>Simpan kasus yang ditampilkan (sesuai filter dan pencarian) sebagai spreadsheet (CSV) yang bisa dibuka di Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="277" />
        <source>Accounts…</source>
        <translation>Akun…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="278" />
        <source>Connect your Facebook Page, Instagram and X, and see how each one stands</source>
        <translation>Hubungkan Halaman Facebook, Instagram, dan X Anda, dan lihat keadaan masing-masing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="280" />
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="281" />
        <source>No cases match. Clear the search or choose “All states” to see more.</source>
        <translation>Tidak ada kasus yang cocok. Hapus kata pencarian atau pilih “Semua status” untuk melihat lebih banyak.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/ui/messages.py" line="18" />
        <source>This case is “%1”, so “%2” is not possible now. The case was not changed.</source>
        <translation>Kasus ini berstatus “%1”, jadi “%2” tidak bisa dilakukan sekarang. Kasusnya tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="23" />
        <source>Please write down what the customer said.</source>
        <translation>Silakan tulis apa yang disampaikan pelanggan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="24" />
        <source>Please type the customer's name (up to 200 letters).</source>
        <translation>Silakan ketik nama pelanggan (maksimal 200 huruf).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="25" />
        <source>The note is empty.</source>
        <translation>Catatannya kosong.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="26" />
        <source>Please say why the case is ignored.</source>
        <translation>Silakan tulis alasan kasus ini diabaikan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="27" />
        <source>The time received cannot be in the future.</source>
        <translation>Waktu diterima tidak boleh di masa depan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="28" />
        <source>That touchpoint is not in the list any more. Pick another one.</source>
        <translation>Bagian itu sudah tidak ada di daftar. Pilih yang lain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="29" />
        <source>The first day comes after the last day, or the period is longer than ten years. Please choose the dates again.</source>
        <translation>Tanggal awal jatuh setelah tanggal akhir, atau periodenya lebih dari sepuluh tahun. Silakan pilih tanggalnya lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="31" />
        <source>This reminder changed meanwhile (the case moved on); nothing was marked done. Look at the case again.</source>
        <translation>Pengingat ini sudah berubah (kasusnya sudah berlanjut); tidak ada yang ditandai selesai. Silakan lihat kasusnya lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="34" />
        <source>Some of what was typed cannot be saved. Please check it and try again.</source>
        <translation>Sebagian yang Anda ketik tidak bisa disimpan. Silakan periksa dan coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="37" />
        <source>That saved reply is no longer there (deleted meanwhile).</source>
        <translation>Balasan tersimpan itu sudah tidak ada (baru saja dihapus).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="48" />
        <source>Could not write %1 (%2). Choose another folder or name; nothing was written there.</source>
        <translation>Tidak bisa menulis %1 (%2). Pilih folder atau nama lain; tidak ada yang ditulis di sana.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="54" />
        <source>Something unexpected went wrong; nothing you typed was lost. If it happens again, the log file in the Balas data folder says more.</source>
        <translation>Terjadi masalah yang tidak terduga; yang Anda ketik tidak hilang. Jika terulang, file log di folder data Balas berisi rinciannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="39" />
        <source>That case or customer is no longer in the case log.</source>
        <translation>Kasus atau pelanggan itu sudah tidak ada di catatan kasus.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="41" />
        <source>The case file is busy (another program is using it). Nothing was lost; please try again in a moment.</source>
        <translation>File kasus sedang sibuk (dipakai program lain). Tidak ada yang hilang; silakan coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="44" />
        <source>Balas could not write to the case file (read-only or disk full). What you typed is still here; free some space or check the folder, then try again.</source>
        <translation>Balas tidak bisa menulis ke file kasus (hanya-baca atau disk penuh). Yang Anda ketik masih ada di sini; kosongkan sedikit ruang atau periksa foldernya, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="52" />
        <source>The case file could not be read or written. What you typed is still here; please try again.</source>
        <translation>File kasus tidak bisa dibaca atau ditulis. Yang Anda ketik masih ada di sini; silakan coba lagi.</translation>
    </message>
</context>
<context>
    <name>PasteTokenDialog</name>
    <message>
        <location filename="../../desktop/ui/account_dialogs.py" line="56" />
        <source>Paste a token</source>
        <translation>Tempel token</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialogs.py" line="61" />
        <source>Paste the access token here</source>
        <translation>Tempel token akses di sini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialogs.py" line="65" />
        <source>X only, optional: lets Balas renew the sign-in</source>
        <translation>Khusus X, opsional: agar Balas bisa memperbarui login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialogs.py" line="70" />
        <source>Check and connect</source>
        <translation>Periksa dan hubungkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialogs.py" line="74" />
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialogs.py" line="75" />
        <source>Access token:</source>
        <translation>Token akses:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialogs.py" line="76" />
        <source>Refresh token:</source>
        <translation>Token pembaruan:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialogs.py" line="78" />
        <source>Balas checks the token with the platform and keeps it only in this computer's keyring. A Facebook user token lets you pick one of your Pages.</source>
        <translation>Balas memeriksa token ke platform dan menyimpannya hanya di keyring komputer ini. Dengan token pengguna Facebook, Anda bisa memilih salah satu Halaman Anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialogs.py" line="88" />
        <source>Paste the token first.</source>
        <translation>Tempel tokennya dulu.</translation>
    </message>
</context>
<context>
    <name>PatternsPresenter</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/patterns_presenter.py" line="58" />
        <source>%n customer(s) mentioned “%1”</source>
        <translation>
            <numerusform>%n pelanggan menyebut “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/patterns_presenter.py" line="59" />
        <source>%n customer(s) wrote “%1”</source>
        <translation>
            <numerusform>%n pelanggan menulis “%1”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patterns_presenter.py" line="67" />
        <source>This week: %1.</source>
        <translation>Minggu ini: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/patterns_presenter.py" line="69" />
        <source>%n more pattern(s).</source>
        <translation>
            <numerusform>%n pola lainnya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/patterns_presenter.py" line="75" />
        <source>%n people wrote nearly the same words in a short time: “%1”. This may be organised; check before you reply.</source>
        <translation>
            <numerusform>%n orang menulis kata-kata yang hampir sama dalam waktu singkat: “%1”. Ini mungkin serangan terorganisir; periksa dulu sebelum membalas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/patterns_presenter.py" line="78" />
        <source>%n negative comments in a short time, mostly from the same few people. This may be organised; check before you reply.</source>
        <translation>
            <numerusform>%n komentar negatif dalam waktu singkat, kebanyakan dari beberapa orang yang sama. Ini mungkin serangan terorganisir; periksa dulu sebelum membalas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patterns_presenter.py" line="84" />
        <source>Pattern: %1</source>
        <translation>Pola: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patterns_presenter.py" line="88" />
        <source>Possible organised attack</source>
        <translation>Kemungkinan serangan terorganisir</translation>
    </message>
</context>
<context>
    <name>PeoplePresenter</name>
    <message>
        <location filename="../../desktop/ui/people_presenter.py" line="75" />
        <source>The customer's data is erased.</source>
        <translation>Data pelanggan sudah dihapus.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_presenter.py" line="38" />
        <source>Save this customer's data</source>
        <translation>Simpan data pelanggan ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_presenter.py" line="39" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_presenter.py" line="44" />
        <source>Saving the customer's data…</source>
        <translation>Sedang menyimpan data pelanggan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_presenter.py" line="48" />
        <source>Saved as %1 and, as a table, %2.</source>
        <translation>Disimpan sebagai %1 dan, dalam bentuk tabel, %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_presenter.py" line="53" />
        <source>Erase everything Balas holds about %1?</source>
        <translation>Hapus semua yang disimpan Balas tentang %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_presenter.py" line="54" />
        <source>Their name, contact and platform id go, with the words of their complaints and comments and of every note, reply and answer on their cases. Replies still waiting to be sent to them are cancelled. The reports keep counting the cases, without a name. This cannot be undone.</source>
        <translation>Nama, kontak, dan ID platform mereka dihapus, bersama kata-kata dalam keluhan dan komentar mereka serta setiap catatan, balasan, dan jawaban pada kasus mereka. Balasan yang masih menunggu untuk dikirim ke mereka dibatalkan. Laporan tetap menghitung kasus-kasus itu, tanpa nama. Ini tidak bisa dibatalkan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/people_presenter.py" line="59" />
        <source>%n backup(s) made before now still hold a copy, in %1. Balas keeps the newest %2, so these are gone after %2 more backups (about a week of daily use). You may delete them there now.</source>
        <translation>
            <numerusform>%n cadangan yang dibuat sebelum ini masih menyimpan salinan, di %1. Balas menyimpan %2 cadangan terbaru, jadi salinan ini hilang setelah %2 cadangan lagi (sekitar seminggu pemakaian harian). Anda bisa menghapusnya di sana sekarang.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_presenter.py" line="63" />
        <source>Erase this customer's data</source>
        <translation>Hapus data pelanggan ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_presenter.py" line="66" />
        <source>Erase</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_presenter.py" line="76" />
        <source>The customer's data is erased. The case file's free space is cleaned the next time Balas starts.</source>
        <translation>Data pelanggan sudah dihapus. Ruang kosong di file kasus dibersihkan saat Balas dibuka lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_presenter.py" line="80" />
        <source>Erasing…</source>
        <translation>Sedang menghapus…</translation>
    </message>
</context>
<context>
    <name>PlatformAppsPage</name>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="42" />
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="47" />
        <source>Forget</source>
        <translation>Lupakan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="49" />
        <source>Remove this secret from the keyring</source>
        <translation>Hapus rahasia ini dari keyring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="52" />
        <source>Balas signs in through apps you register yourself on each platform, so your data goes from the platform straight to this computer. The README's “Connect your accounts” section shows every step. Secrets are kept only in this computer's keyring.</source>
        <translation>Balas login melalui aplikasi yang Anda daftarkan sendiri di setiap platform, jadi data Anda langsung dari platform ke komputer ini. Bagian “Connect your accounts” di README menunjukkan setiap langkahnya. Rahasia hanya disimpan di keyring komputer ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="60" />
        <source>Sign-in port:</source>
        <translation>Port login:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="61" />
        <source>Redirect address to register:</source>
        <translation>Alamat pengalihan untuk didaftarkan:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="62" />
        <source>Facebook (Pages)</source>
        <translation>Facebook (Halaman)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="64" />
        <source>App ID:</source>
        <translation>ID aplikasi:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="65" />
        <source>App secret:</source>
        <translation>Rahasia aplikasi:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="66" />
        <source>Client token:</source>
        <translation>Token klien:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="67" />
        <source>With the app secret you sign in in the browser; with only the client token you type a code at facebook.com/device.</source>
        <translation>Dengan rahasia aplikasi, Anda login di browser; dengan token klien saja, Anda mengetik kode di facebook.com/device.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="69" />
        <source>Instagram (professional account)</source>
        <translation>Instagram (akun profesional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="71" />
        <source>Instagram app ID:</source>
        <translation>ID aplikasi Instagram:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="72" />
        <source>Instagram app secret:</source>
        <translation>Rahasia aplikasi Instagram:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="73" />
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="75" />
        <source>OAuth 2.0 client ID:</source>
        <translation>ID klien OAuth 2.0:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="105" />
        <source>saved in the keyring — type to replace</source>
        <translation>tersimpan di keyring — ketik untuk mengganti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="106" />
        <source>not set</source>
        <translation>belum diisi</translation>
    </message>
</context>
<context>
    <name>PlaybooksPage</name>
    <message>
        <location filename="../../desktop/ui/playbooks_page.py" line="71" />
        <source>A question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbooks_page.py" line="71" />
        <source>Thanks or praise</source>
        <translation>Ucapan terima kasih atau pujian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbooks_page.py" line="73" />
        <source>A complaint from: %1</source>
        <translation>Keluhan dari: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbooks_page.py" line="75" />
        <source>Balas picks one of these wordings for each customer, so replies do not repeat word for word. {name}, {shop}, {signature} and {eta} are filled in.</source>
        <translation>Balas memilih salah satu kalimat ini untuk setiap pelanggan, jadi balasan tidak sama kata demi kata. {name}, {shop}, {signature}, dan {eta} akan diisi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbooks_page.py" line="77" />
        <source>Add a wording</source>
        <translation>Tambah kalimat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbooks_page.py" line="78" />
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbooks_page.py" line="79" />
        <source>Back to Balas's wordings</source>
        <translation>Kembali ke kalimat Balas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbooks_page.py" line="80" />
        <source>For this kind of customer and this language</source>
        <translation>Untuk jenis pelanggan dan bahasa ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbooks_page.py" line="93" />
        <location filename="../../desktop/ui/playbooks_page.py" line="138" />
        <source>Your own wordings.</source>
        <translation>Kalimat Anda sendiri.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbooks_page.py" line="94" />
        <source>Balas's wordings. Change one to make them yours.</source>
        <translation>Kalimat Balas. Ubah salah satu untuk menjadikannya milik Anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbooks_page.py" line="130" />
        <source>An empty wording is not kept.</source>
        <translation>Kalimat yang kosong tidak disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbooks_page.py" line="132" />
        <source>A wording holds at most %1 characters; this one is not kept.</source>
        <translation>Satu kalimat memuat paling banyak %1 karakter; kalimat ini tidak disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbooks_page.py" line="135" />
        <source>%1 is not filled in for the customer (only {name}, {shop}, {signature} and {eta} are).</source>
        <translation>%1 tidak diisi untuk pelanggan (hanya {name}, {shop}, {signature}, dan {eta} yang diisi).</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="16" />
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="17" />
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="18" />
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="19" />
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="20" />
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="21" />
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="22" />
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="31" />
        <source>Show Details...</source>
        <translation>Tampilkan detail...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="32" />
        <source>Hide Details...</source>
        <translation>Sembunyikan detail...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="10" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="11" />
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="12" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="13" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="14" />
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="15" />
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="23" />
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="24" />
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="25" />
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="26" />
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="27" />
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;lokasi tautan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="28" />
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="29" />
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="30" />
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <location filename="../../desktop/ui/tray.py" line="107" />
        <source>Balas</source>
        <translation>Balas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="113" />
        <source>Open Balas</source>
        <translation>Buka Balas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="117" />
        <source>Nothing is overdue</source>
        <translation>Tidak ada yang terlambat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="123" />
        <source>All %1 overdue…</source>
        <translation>Semua %1 yang terlambat…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="125" />
        <source>Snooze all for 1 hour</source>
        <translation>Tunda semua 1 jam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="129" />
        <source>Resume reminders</source>
        <translation>Lanjutkan pengingat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="131" />
        <source>Pause reminders for today</source>
        <translation>Jeda pengingat untuk hari ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="133" />
        <source>Quit Balas</source>
        <translation>Keluar dari Balas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="138" />
        <source>%1 · %2 · %3 late</source>
        <translation>%1 · %2 · terlambat %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="139" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="158" />
        <source>Balas — nothing is overdue</source>
        <translation>Balas — tidak ada yang terlambat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="160" />
        <source>Balas — %1</source>
        <translation>Balas — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/tray.py" line="160" />
        <source>%n reminder(s) waiting</source>
        <translation>
            <numerusform>%n pengingat menunggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/tray.py" line="164" />
        <source>%n snoozed</source>
        <translation>
            <numerusform>%n ditunda</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="166" />
        <source>Notifications paused until %1</source>
        <translation>Notifikasi dijeda sampai %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="174" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/tray.py" line="177" />
        <source>%n reminder(s) fell due</source>
        <translation>
            <numerusform>%n pengingat sudah jatuh tempo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="180" />
        <source>Open Balas to see who is waiting.</source>
        <translation>Buka Balas untuk melihat siapa yang sedang menunggu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="182" />
        <source>%1 and others are waiting for you.</source>
        <translation>%1 dan lainnya sedang menunggu Anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="183" />
        <source>%1 are waiting for you.</source>
        <translation>%1 sedang menunggu Anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="190" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="197" />
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="199" />
        <source>Snooze 1 hour</source>
        <translation>Tunda 1 jam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="236" />
        <source>Reminders: %1</source>
        <translation>Pengingat: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="265" />
        <source>Balas is still running</source>
        <translation>Balas masih berjalan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="266" />
        <source>It keeps reminding you from this icon. To stop it, choose Quit Balas in the icon's menu.</source>
        <translation>Balas tetap mengingatkan Anda dari ikon ini. Untuk menghentikannya, pilih Keluar dari Balas di menu ikon.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="273" />
        <source>This desktop has no system tray: reminders show at the top of this window, and closing it stops them.</source>
        <translation>Desktop ini tidak punya baki sistem: pengingat tampil di bagian atas jendela ini, dan menutupnya akan menghentikan pengingat.</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="48" />
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="55" />
        <location filename="../../desktop/ui/reminders_page.py" line="59" />
        <source> h</source>
        <translation> jam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="56" />
        <source>same as above</source>
        <translation>sama seperti di atas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="60" />
        <source>Response targets</source>
        <translation>Target tanggapan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="62" />
        <source>First reply within:</source>
        <translation>Balasan pertama dalam:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="63" />
        <source>Update a case in progress every:</source>
        <translation>Kabari perkembangan kasus setiap:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="64" />
        <source>Follow up after it is resolved:</source>
        <translation>Tindak lanjut setelah selesai:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="66" />
        <source>First reply to %1 within:</source>
        <translation>Balasan pertama untuk %1 dalam:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="67" />
        <source>Targets count only opening hours. A whole day (24 h) means the same time on the next day the shop is open.</source>
        <translation>Target hanya dihitung pada jam buka. Satu hari penuh (24 jam) berarti jam yang sama pada hari buka berikutnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="71" />
        <source>Opening hours</source>
        <translation>Jam buka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="100" />
        <source>Time zone:</source>
        <translation>Zona waktu:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="104" />
        <source>Days off and public holidays</source>
        <translation>Hari libur dan libur nasional</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="110" />
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="111" />
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="123" />
        <source>Start Balas in the tray when I log in to this computer</source>
        <translation>Jalankan Balas di baki sistem saat saya masuk ke komputer ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="127" />
        <source>Not for the demo shop</source>
        <translation>Tidak untuk toko demo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="202" />
        <source>closed</source>
        <translation>tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="202" />
        <source>open round the clock</source>
        <translation>buka 24 jam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="203" />
        <source>closes after midnight</source>
        <translation>tutup lewat tengah malam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="206" />
        <source>No day is open: reminders will count every hour of the week.</source>
        <translation>Tidak ada hari buka: pengingat akan menghitung setiap jam dalam seminggu.</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="46" />
        <source>Malay</source>
        <translation>Bahasa Melayu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="47" />
        <source>Indonesian</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="48" />
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="54" />
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="58" />
        <source>%1
    Better: %2</source>
        <translation>%1
    Lebih baik: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="136" />
        <source>Reply in:</source>
        <translation>Balas dalam:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="139" />
        <source>Suggest another wording</source>
        <translation>Sarankan kalimat lain</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="140" />
        <source>Saved replies…</source>
        <translation>Balasan tersimpan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="141" />
        <source>Put in one of your own replies, or keep this one for next time</source>
        <translation>Masukkan salah satu balasan Anda sendiri, atau simpan balasan ini untuk lain kali</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="142" />
        <source>Write your reply here. Balas checks it as you type.</source>
        <translation>Tulis balasan Anda di sini. Balas memeriksanya selagi Anda mengetik.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="143" />
        <source>Use the better wording</source>
        <translation>Pakai kalimat yang lebih baik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="144" />
        <source>Puts the better wording in place of the underlined words (or double-click a finding)</source>
        <translation>Mengganti kata yang bergaris dengan kalimat yang lebih baik (atau klik dua kali sebuah temuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="263" />
        <source>Send reply…</source>
        <translation>Kirim balasan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="263" />
        <source>Log reply…</source>
        <translation>Catat balasan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="267" />
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reply_editor.py" line="269" />
        <source>%n thing(s) to look at before sending.</source>
        <translation>
            <numerusform>%n hal perlu dilihat sebelum dikirim.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="272" />
        <source>Looks good.</source>
        <translation>Sudah bagus.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../desktop/ui/report_pdf.py" line="47" />
        <location filename="../../desktop/ui/report_pdf.py" line="98" />
        <source>Complaints report</source>
        <translation>Laporan keluhan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_pdf.py" line="48" />
        <source>made %1</source>
        <translation>dibuat %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_pdf.py" line="49" />
        <source>(erased)</source>
        <translation>(dihapus)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_pdf.py" line="50" />
        <source>No complaints came in during this period.</source>
        <translation>Tidak ada keluhan yang masuk dalam periode ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_pdf.py" line="52" />
        <source>Complaints per week</source>
        <translation>Keluhan per minggu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="31" />
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="38" />
        <source>Complaints</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="39" />
        <source>%1 ignored</source>
        <translation>%1 diabaikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="40" />
        <source>Median first reply</source>
        <translation>Median balasan pertama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="41" />
        <source>%1 answered</source>
        <translation>%1 dibalas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="42" />
        <source>First reply within target</source>
        <translation>Balasan pertama sesuai target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="44" />
        <source>%1 of %2 in time</source>
        <translation>%1 dari %2 tepat waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="46" />
        <source>Still open</source>
        <translation>Masih terbuka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="47" />
        <source>%1 overdue now</source>
        <translation>%1 terlambat sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="48" />
        <source>Resolved</source>
        <translation>Selesai</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/report_view.py" line="49" />
        <location filename="../../desktop/ui/report_view.py" line="51" />
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n kasus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="50" />
        <source>Followed up after solving</source>
        <translation>Ditindaklanjuti setelah selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="52" />
        <source>Customers who complained more than once</source>
        <translation>Pelanggan yang mengeluh lebih dari sekali</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="54" />
        <source>Upset regulars won back</source>
        <translation>Pelanggan setia yang kecewa kembali</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="55" />
        <source>solved and followed up</source>
        <translation>selesai dan ditindaklanjuti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="62" />
        <source>By touchpoint</source>
        <translation>Menurut titik sentuh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="64" />
        <source>By customer type</source>
        <translation>Menurut jenis pelanggan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="65" />
        <source>Not known yet</source>
        <translation>Belum diketahui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="67" />
        <source>By channel</source>
        <translation>Menurut saluran</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="150" />
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="151" />
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="152" />
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="153" />
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="153" />
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="154" />
        <source>Last 3 months</source>
        <translation>3 bulan terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="154" />
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="155" />
        <source>Last 12 months</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="155" />
        <source>Dates I choose</source>
        <translation>Tanggal pilihan saya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="163" />
        <source>Export cases (CSV)…</source>
        <translation>Ekspor kasus (CSV)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="164" />
        <source>Every case of the period, one per row; opens in Excel</source>
        <translation>Setiap kasus dalam periode ini, satu per baris; bisa dibuka di Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="165" />
        <source>Export report (PDF)…</source>
        <translation>Ekspor laporan (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="167" />
        <source>Click to list these cases in the inbox</source>
        <translation>Klik untuk menampilkan kasus-kasus ini di kotak masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="193" />
        <source>Counting…</source>
        <translation>Sedang menghitung…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="202" />
        <source>%1: no complaints came in.</source>
        <translation>%1: tidak ada keluhan yang masuk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="212" />
        <source>Complaints per week (click a week to see its cases)</source>
        <translation>Keluhan per minggu (klik satu minggu untuk melihat kasusnya)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="239" />
        <source>week of %1</source>
        <translation>minggu %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="246" />
        <source>First reply late or still owed</source>
        <translation>Balasan pertama terlambat atau belum diberikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="247" />
        <source>Report: %1 (%2)</source>
        <translation>Laporan: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="252" />
        <source>Save as</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="259" />
        <source>Spreadsheet (*.csv)</source>
        <translation>Spreadsheet (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="264" />
        <source>Writing the cases…</source>
        <translation>Sedang menulis kasus…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="268" />
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="280" />
        <source>The report is saved as %1.</source>
        <translation>Laporan disimpan sebagai %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports_window.py" line="283" />
        <source>%n case(s) saved as %1.</source>
        <translation>
            <numerusform>%n kasus disimpan sebagai %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="298" />
        <source>Check your reply</source>
        <translation>Periksa balasan Anda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="309" />
        <source>The check has not finished; read the reply once more before sending.</source>
        <translation>Pemeriksaan belum selesai; baca balasan sekali lagi sebelum mengirim.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reply_editor.py" line="312" />
        <source>%n thing(s) in this reply may upset the customer or promise too much:</source>
        <translation>
            <numerusform>%n hal dalam balasan ini bisa menyinggung pelanggan atau terlalu banyak berjanji:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="315" />
        <source>Nothing to fix: it reads politely, keeps private details private and promises only what you can keep.</source>
        <translation>Tidak ada yang perlu diperbaiki: bahasanya sopan, data pribadi tetap tertutup, dan janjinya bisa ditepati.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="321" />
        <source>It goes into the outbox and is posted as a public reply under the customer's comment once the account is connected and online.</source>
        <translation>Balasan masuk ke kotak keluar dan diposting sebagai balasan publik di bawah komentar pelanggan begitu akun tersambung dan online.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="323" />
        <source>It will be logged on the case. Give it to the customer the way they reached you (phone, letter, WhatsApp, at the counter).</source>
        <translation>Balasan akan dicatat di kasus. Sampaikan ke pelanggan lewat cara mereka menghubungi Anda (telepon, surat, WhatsApp, di kasir).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="327" />
        <source>Send anyway</source>
        <translation>Tetap kirim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="327" />
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="329" />
        <source>Log it anyway</source>
        <translation>Tetap catat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="329" />
        <source>Log it</source>
        <translation>Catat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="331" />
        <source>Back to editing</source>
        <translation>Kembali menyunting</translation>
    </message>
</context>
<context>
    <name>SavedRepliesDialog</name>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="155" />
        <source>Saved replies</source>
        <translation>Balasan tersimpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="156" />
        <source>Search your saved replies…</source>
        <translation>Cari balasan tersimpan Anda…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="157" />
        <source>All languages</source>
        <translation>Semua bahasa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="158" />
        <source>Put in the reply</source>
        <translation>Masukkan ke balasan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="159" />
        <source>New…</source>
        <translation>Baru…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="160" />
        <source>Keep this reply…</source>
        <translation>Simpan balasan ini…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="161" />
        <source>Save the reply you are writing for next time; the customer's name and your signature become placeholders</source>
        <translation>Simpan balasan yang sedang Anda tulis untuk lain kali; nama pelanggan dan tanda tangan Anda menjadi isian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="163" />
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="164" />
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="183" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="190" />
        <source>No saved replies match.</source>
        <translation>Tidak ada balasan tersimpan yang cocok.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="192" />
        <source>No saved replies in this language yet (choose “All languages” to see the others). Write a reply you like, then choose “Keep this reply…”.</source>
        <translation>Belum ada balasan tersimpan dalam bahasa ini (pilih “Semua bahasa” untuk melihat yang lain). Tulis balasan yang Anda suka, lalu pilih “Simpan balasan ini…”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="195" />
        <source>No saved replies yet. Write a reply you like, then choose “Keep this reply…”, or start one with “New…”.</source>
        <translation>Belum ada balasan tersimpan. Tulis balasan yang Anda suka, lalu pilih “Simpan balasan ini…”, atau mulai dengan “Baru…”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="235" />
        <source>Delete saved reply</source>
        <translation>Hapus balasan tersimpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="236" />
        <source>Delete “%1”?</source>
        <translation>Hapus “%1”?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="21" />
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="24" />
        <source>for example: – Limah (ML)</source>
        <translation>misalnya: – Limah (ML)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="28" />
        <source>Malay (Malaysia)</source>
        <translation>Bahasa Melayu (Malaysia)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="29" />
        <source>Indonesian (Indonesia)</source>
        <translation>Bahasa Indonesia (Indonesia)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="31" />
        <source>Warn when a reply does not greet the customer by name</source>
        <translation>Beri peringatan jika balasan tidak menyapa pelanggan dengan namanya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="33" />
        <source>Warn when a reply is not signed</source>
        <translation>Beri peringatan jika balasan tidak ditandatangani</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="35" />
        <source>Hide abusive comments automatically</source>
        <translation>Sembunyikan komentar kasar secara otomatis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="37" />
        <source>Off: abusive comments are only marked, and you decide. On: Balas asks the platform to hide each new comment with abusive words; the writer and their friends still see it.</source>
        <translation>Mati: komentar kasar hanya ditandai, dan Anda yang memutuskan. Nyala: Balas meminta platform menyembunyikan setiap komentar baru yang berisi kata-kata kasar; penulis dan teman-temannya masih melihatnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="44" />
        <source>Sign replies with:</source>
        <translation>Tanda tangan balasan:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="45" />
        <source>Shop name in replies:</source>
        <translation>Nama toko dalam balasan:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="46" />
        <source>When Malay and Indonesian look alike, read it as:</source>
        <translation>Jika bahasa Melayu dan Indonesia tampak mirip, anggap sebagai:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="60" />
        <source>Replies</source>
        <translation>Balasan</translation>
    </message>
</context>
<context>
    <name>SettingsPresenter</name>
    <message>
        <location filename="../../desktop/ui/settings_presenter.py" line="70" />
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_presenter.py" line="69" />
        <source>Reminders</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_presenter.py" line="69" />
        <source>Suggested replies</source>
        <translation>Saran balasan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_presenter.py" line="70" />
        <source>Platform apps</source>
        <translation>Aplikasi platform</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_presenter.py" line="105" />
        <source>Could not change starting with the computer: %1</source>
        <translation>Tidak bisa mengubah pengaturan jalan bersama komputer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_presenter.py" line="122" />
        <source>Settings saved.</source>
        <translation>Pengaturan disimpan.</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../desktop/ui/start.py" line="206" />
        <source>Balas is already running</source>
        <translation>Balas sudah berjalan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start.py" line="207" />
        <source>Balas is already open on this computer but does not answer. Look for its icon in the tray or its window in the task bar; if it hangs, end it in the task manager and start Balas again.</source>
        <translation>Balas sudah terbuka di komputer ini tetapi tidak merespons. Cari ikonnya di baki sistem atau jendelanya di bilah tugas; jika macet, akhiri lewat pengelola tugas lalu jalankan Balas lagi.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="29" />
        <source>Syncing…</source>
        <translation>Sedang sinkronisasi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="32" />
        <source>Syncing %1… %2 comments read</source>
        <translation>Sinkronisasi %1… %2 komentar terbaca</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="35" />
        <source>Sync stopped on an unexpected problem; Balas tries again in a few minutes. Your cases and replies are safe.</source>
        <translation>Sinkronisasi berhenti karena masalah tak terduga; Balas akan mencoba lagi dalam beberapa menit. Kasus dan balasan Anda aman.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="47" />
        <source>Accounts cannot sync: this computer's keyring cannot be used. Everything else works.</source>
        <translation>Akun tidak bisa disinkronkan: keyring komputer ini tidak bisa dipakai. Fitur lain tetap berjalan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync_status.py" line="52" />
        <source>Offline — %n reply(s) waiting</source>
        <translation>
            <numerusform>Offline — %n balasan menunggu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="53" />
        <source>Offline — Balas syncs again when the connection is back</source>
        <translation>Offline — Balas sinkronisasi lagi saat koneksi kembali</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="56" />
        <source>%1 needs you to sign in again (Settings → Accounts)</source>
        <translation>%1 perlu Anda masuk lagi (Pengaturan → Akun)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync_status.py" line="59" />
        <source>%n reply(s) could not be posted — open the case to see why</source>
        <translation>
            <numerusform>%n balasan gagal terkirim — buka kasusnya untuk melihat alasannya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync_status.py" line="62" />
        <source>%n reply(s) waiting for a connected account</source>
        <translation>
            <numerusform>%n balasan menunggu akun yang terhubung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="64" />
        <source>Synced at %1</source>
        <translation>Tersinkron pukul %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="66" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync_status.py" line="66" />
        <source>%n reply(s) waiting</source>
        <translation>
            <numerusform>%n balasan menunggu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="73" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="75" />
        <source>%1: sign in again</source>
        <translation>%1: masuk lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="77" />
        <source>%1: offline</source>
        <translation>%1: offline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="79" />
        <source>%1: the platform asked Balas to wait a while</source>
        <translation>%1: platform meminta Balas menunggu sebentar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="81" />
        <source>%1: could not sync this time (%2)</source>
        <translation>%1: gagal sinkronisasi kali ini (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="82" />
        <source>%1: %2 new, %3 changed</source>
        <translation>%1: %2 baru, %3 berubah</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="51" />
        <source>Saved reply</source>
        <translation>Balasan tersimpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="52" />
        <source>Title:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="53" />
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="54" />
        <source>{name}, {shop}, {signature} and {eta} are filled in for each customer: their name, your shop, your signature and when they will hear from you.</source>
        <translation>{name}, {shop}, {signature}, dan {eta} diisi untuk setiap pelanggan: nama mereka, toko Anda, tanda tangan Anda, dan kapan mereka akan mendapat kabar dari Anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="65" />
        <source>Please give the reply a title and some words.</source>
        <translation>Beri balasan ini judul dan isi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="70" />
        <source>%1 is not filled in for the customer (only {name}, {shop}, {signature} and {eta} are). Correct it, or press Save again to keep it as written.</source>
        <translation>%1 tidak diisi untuk pelanggan (hanya {name}, {shop}, {signature}, dan {eta} yang diisi). Perbaiki, atau tekan Simpan sekali lagi untuk menyimpannya apa adanya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="75" />
        <source>A saved reply holds at most %1 characters.</source>
        <translation>Balasan tersimpan memuat paling banyak %1 karakter.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/text.py" line="68" />
        <source>%n min</source>
        <translation>
            <numerusform>%n mnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/text.py" line="70" />
        <source>%n h</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/text.py" line="71" />
        <source>%n d</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TouchpointDialog</name>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="46" />
        <source>Touchpoints</source>
        <translation>Daftar bagian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="47" />
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="48" />
        <source>Rename…</source>
        <translation>Ganti nama…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="49" />
        <source>Hide</source>
        <translation>Sembunyikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="50" />
        <source>Hidden touchpoints are not offered for new cases; cases already tagged keep them.</source>
        <translation>Bagian yang disembunyikan tidak lagi ditawarkan untuk kasus baru; kasus yang sudah ditandai tetap memakainya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="73" />
        <source>Add a touchpoint</source>
        <translation>Tambah bagian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="74" />
        <source>Name (for example: Parking, Packaging):</source>
        <translation>Nama (misalnya: Parkir, Kemasan):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="82" />
        <source>Rename touchpoint</source>
        <translation>Ganti nama bagian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="82" />
        <source>New name:</source>
        <translation>Nama baru:</translation>
    </message>
</context>
</TS>