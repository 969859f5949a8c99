<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ms_MY">
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
        <translation>Akaun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="49" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="55" />
        <source>Connected accounts</source>
        <translation>Akaun yang disambungkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="56" />
        <source>No account is connected yet. Connect your Facebook Page, Instagram or X account below; comments then arrive in the inbox by themselves.</source>
        <translation>Belum ada akaun disambungkan. Sambungkan Page Facebook, Instagram atau akaun X anda di bawah; selepas itu komen masuk ke peti masuk dengan sendirinya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="61" />
        <source>Connect a Facebook Page…</source>
        <translation>Sambung Page Facebook…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="62" />
        <source>Connect Instagram…</source>
        <translation>Sambung Instagram…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="63" />
        <source>Connect X…</source>
        <translation>Sambung X…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="67" />
        <source>Paste a token…</source>
        <translation>Tampal token…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="69" />
        <source>Sign in again</source>
        <translation>Log masuk semula</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="71" />
        <source>Sign out</source>
        <translation>Log keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="72" />
        <source>Balas forgets this sign-in; the comments, cases and waiting replies stay.</source>
        <translation>Balas melupakan log masuk ini; komen, kes dan balasan yang menunggu tetap disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="87" />
        <source>Copy the code</source>
        <translation>Salin kod</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="89" />
        <source>Cancel sign-in</source>
        <translation>Batal log masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="101" />
        <source>Sign-in message</source>
        <translation>Mesej log masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="106" />
        <source> min</source>
        <translation> minit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="107" />
        <source>Minutes between syncs</source>
        <translation>Minit antara setiap penyegerakan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="118" />
        <source>Look for new comments every:</source>
        <translation>Semak komen baharu setiap:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="140" />
        <source>Stopping the last sign-in…</source>
        <translation>Menghentikan log masuk sebelum ini…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="149" />
        <source>Balas cannot use this computer's password store (keyring), so it cannot keep a sign-in. Accounts cannot sync, but everything else works offline. To fix it, sign in to your computer's keyring (or install one) and open Settings again. Details: %1</source>
        <translation>Balas tidak dapat menggunakan stor kata laluan komputer ini (keyring), jadi log masuk tidak dapat disimpan. Akaun tidak dapat disegerakkan, tetapi semua yang lain tetap berfungsi di luar talian. Untuk membetulkannya, buka kunci keyring komputer anda (atau pasang satu) dan buka Tetapan semula. Butiran: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="158" />
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="176" />
        <source>synced %1</source>
        <translation>disegerakkan %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="177" />
        <source>not synced yet</source>
        <translation>belum disegerakkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="179" />
        <source>Signed out</source>
        <translation>Sudah log keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="181" />
        <source>Needs you to sign in again</source>
        <translation>Perlu log masuk semula</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="183" />
        <source>Offline · %1</source>
        <translation>Luar talian · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="185" />
        <source>Connected · the platform asked Balas to wait until %1</source>
        <translation>Bersambung · platform meminta Balas menunggu hingga %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="188" />
        <source>Connected · the last sync failed, Balas tries again · %1</source>
        <translation>Bersambung · penyegerakan terakhir gagal, Balas akan cuba lagi · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="189" />
        <source>Connected · %1</source>
        <translation>Bersambung · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="214" />
        <source>Finish signing in to %1 in your browser, then come back here. Balas waits up to 10 minutes.</source>
        <translation>Selesaikan log masuk ke %1 dalam pelayar anda, kemudian kembali ke sini. Balas menunggu sehingga 10 minit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="216" />
        <source>Balas has received the platform's answer. You can close this tab and go back to Balas.</source>
        <translation>Balas sudah menerima jawapan platform. Anda boleh tutup tab ini dan kembali ke Balas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/accounts_page.py" line="257" />
        <source>Open %1 in your browser (Balas has opened it), type this code and allow Balas. The code works for %n minute(s).</source>
        <translation>
            <numerusform>Buka %1 dalam pelayar anda (Balas sudah membukanya), taip kod ini dan benarkan Balas. Kod ini sah selama %n minit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="231" />
        <source>Checking the token with the platform…</source>
        <translation>Menyemak token dengan platform…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="279" />
        <source>%1 is connected. Balas syncs it now and every few minutes.</source>
        <translation>%1 sudah disambungkan. Balas menyegerakkannya sekarang dan setiap beberapa minit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="292" />
        <source>This computer's password store (keyring) cannot be used, so the sign-in was not kept. Everything else works offline. Details: %1</source>
        <translation>Stor kata laluan komputer ini (keyring) tidak dapat digunakan, jadi log masuk tidak disimpan. Semua yang lain tetap berfungsi di luar talian. Butiran: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="303" />
        <source>Fill in this platform's app details on the “Platform apps” tab first. The README explains, step by step, how to get them.</source>
        <translation>Isi dahulu butiran aplikasi platform ini di tab “Aplikasi platform”. README menerangkan langkah demi langkah cara mendapatkannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="305" />
        <source>Paste the token first.</source>
        <translation>Tampal token dahulu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="306" />
        <source>Another program is using port %1 on this computer, where the sign-in comes back to. Close that program, or choose another port on the “Platform apps” tab and register the new address with the platform.</source>
        <translation>Program lain sedang menggunakan port %1 di komputer ini, tempat log masuk kembali. Tutup program itu, atau pilih port lain di tab “Aplikasi platform” dan daftarkan alamat baharu itu dengan platform.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="310" />
        <source>The sign-in was cancelled on the platform's page. Nothing changed.</source>
        <translation>Log masuk dibatalkan di halaman platform. Tiada apa-apa yang berubah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="311" />
        <source>Nothing came back from the browser in time. If the platform showed an error, check that your app's ID and the address %1 are registered exactly as shown, then try again.</source>
        <translation>Tiada jawapan daripada pelayar dalam masa yang ditetapkan. Jika platform menunjukkan ralat, pastikan ID aplikasi anda dan alamat %1 didaftarkan tepat seperti yang ditunjukkan, kemudian cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="315" />
        <source>Sign-in cancelled. Nothing changed.</source>
        <translation>Log masuk dibatalkan. Tiada apa-apa yang berubah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="316" />
        <source>The browser came back with an answer that does not belong to this sign-in, so Balas did not use it. Please try again.</source>
        <translation>Pelayar memberi jawapan yang bukan milik log masuk ini, jadi Balas tidak menggunakannya. Sila cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="318" />
        <source>You signed in, but this account may not moderate any Facebook Page. Ask the Page's admin for full control or for moderating access, then try again.</source>
        <translation>Anda sudah log masuk, tetapi akaun ini tidak dibenarkan menyederhana mana-mana Page Facebook. Minta pentadbir Page memberi kawalan penuh atau akses penyederhanaan, kemudian cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="321" />
        <source>The code ran out before it was entered. Start again to get a new one.</source>
        <translation>Kod sudah tamat tempoh sebelum dimasukkan. Mula semula untuk mendapatkan kod baharu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="328" />
        <source>The platform did not accept this sign-in: the token is wrong, has run out, or lacks a permission. Sign in again and allow everything Balas asks for.</source>
        <translation>Platform tidak menerima log masuk ini: token salah, sudah tamat tempoh, atau kurang kebenaran. Log masuk semula dan benarkan semua yang diminta oleh Balas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="331" />
        <source>The platform asks Balas to wait before trying again (until %1).</source>
        <translation>Platform meminta Balas menunggu sebelum mencuba lagi (hingga %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="333" />
        <source>The platform asks Balas to wait a while before trying again.</source>
        <translation>Platform meminta Balas menunggu sebentar sebelum mencuba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="335" />
        <source>Balas cannot reach the platform. Check the internet connection and try again.</source>
        <translation>Balas tidak dapat menghubungi platform. Semak sambungan internet dan cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="337" />
        <source>The platform had a problem answering. Please try again in a few minutes.</source>
        <translation>Platform menghadapi masalah untuk menjawab. Sila cuba lagi dalam beberapa minit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts_page.py" line="338" />
        <source>The platform refused: “%1”. Check your app's details on the “Platform apps” tab.</source>
        <translation>Platform menolak: “%1”. Semak butiran aplikasi anda di tab “Aplikasi platform”.</translation>
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
        <translation>Garis masa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="175" />
        <source>Customer history</source>
        <translation>Sejarah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="176" />
        <source>Conversation</source>
        <translation>Perbualan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="177" />
        <source>Type: let Balas decide</source>
        <translation>Jenis: biar Balas tentukan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="179" />
        <source>Type: %1</source>
        <translation>Jenis: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="181" />
        <source>Set this customer's type yourself; your choice always wins over Balas's guess.</source>
        <translation>Tetapkan sendiri jenis pelanggan ini; pilihan anda sentiasa mengatasi tekaan Balas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="183" />
        <source>Customer data</source>
        <translation>Data pelanggan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="184" />
        <source>Everything Balas holds about this customer: save it for them, or erase it when they ask</source>
        <translation>Semua yang Balas simpan tentang pelanggan ini: simpan untuk mereka, atau padam apabila mereka meminta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="186" />
        <source>Save this customer's data…</source>
        <translation>Simpan data pelanggan ini…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="187" />
        <source>Erase this customer's data…</source>
        <translation>Padam data pelanggan ini…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="188" />
        <source>Hide comment</source>
        <translation>Sembunyikan komen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="189" />
        <source>Hide the comment on the platform: the customer and their friends still see it, others do not.</source>
        <translation>Sembunyikan komen di platform: penulis dan rakan-rakannya masih nampak, orang lain tidak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="193" />
        <source>Show them</source>
        <translation>Tunjukkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="194" />
        <source>List this case and the ones like it in the inbox</source>
        <translation>Senaraikan kes ini dan kes yang serupa dalam peti masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="195" />
        <source>Write a note for this case…  (Ctrl+M)</source>
        <translation>Tulis nota…  (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="196" />
        <source>Add note</source>
        <translation>Tambah nota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="197" />
        <source>Show all</source>
        <translation>Tunjuk semua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="198" />
        <source>Pick a case on the left to see it here.
Press Ctrl+N to log a complaint that came by phone, letter, WhatsApp or at the counter.</source>
        <translation>Pilih kes di sebelah kiri untuk melihatnya di sini.
Tekan Ctrl+N untuk merekod aduan yang datang melalui telefon, surat, WhatsApp atau di kaunter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="214" />
        <location filename="../../desktop/ui/case_panel.py" line="288" />
        <location filename="../../desktop/ui/case_panel.py" line="398" />
        <source>Erased customer</source>
        <translation>Pelanggan yang dipadam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="218" />
        <source>ignored because: %1</source>
        <translation>diabaikan kerana: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="239" />
        <source>Type not known yet</source>
        <translation>Jenis belum diketahui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="249" />
        <source>Abusive words: %1. Nothing is hidden unless you choose to.</source>
        <translation>Kata-kata kesat: %1. Tiada apa disembunyikan melainkan anda pilih begitu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="259" />
        <source>you set this type yourself</source>
        <translation>anda sendiri yang tetapkan jenis ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="260" />
        <source>Why: %1</source>
        <translation>Sebab: %1</translation>
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
        <translation>Serupa aduan %1, minggu ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="333" />
        <source>This complaint is very long (%1 characters); the beginning is shown.</source>
        <translation>Aduan ini sangat panjang (%1 aksara); bahagian awalnya sahaja ditunjukkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="343" />
        <source>someone</source>
        <translation>seseorang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="345" />
        <source>%1 — case logged by %2</source>
        <translation>%1 — kes direkod oleh %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="347" />
        <source>%1 — %2 moved it from “%3” to “%4”: %5</source>
        <translation>%1 — %2 menukarnya daripada “%3” kepada “%4”: %5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="351" />
        <source>%1 — %2 moved it from “%3” to “%4”</source>
        <translation>%1 — %2 menukarnya daripada “%3” kepada “%4”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="354" />
        <source>%1 — note by %2: %3</source>
        <translation>%1 — nota oleh %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="356" />
        <source>%1 — %2 set the customer type to “%3”</source>
        <translation>%1 — %2 menetapkan jenis pelanggan kepada “%3”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="357" />
        <source>not set</source>
        <translation>belum ditetapkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="361" />
        <source>%1 — the customer wrote again: %2</source>
        <translation>%1 — pelanggan menulis lagi: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="363" />
        <source>%1 — replied on the platform: %2</source>
        <translation>%1 — dibalas terus di platform: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="365" />
        <source>%1 — posted on the platform (%2)</source>
        <translation>%1 — sudah dihantar ke platform (%2)</translation>
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
        <translation>%1 — %2 minta komen disembunyikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="371" />
        <source>%1 — %2 snoozed the reminder until %3</source>
        <translation>%1 — %2 menangguhkan peringatan hingga %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="373" />
        <source>%1 — %2 snoozed the reminder</source>
        <translation>%1 — %2 menangguhkan peringatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="375" />
        <source>%1 — %2 marked “%3” done</source>
        <translation>%1 — %2 menandakan “%3” selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="376" />
        <source>the reminder</source>
        <translation>peringatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="378" />
        <source>%1 — %2 changed the case</source>
        <translation>%1 — %2 mengubah kes ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="384" />
        <source>Case from %1 (%2): %3</source>
        <translation>Kes pada %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="389" />
        <source>Comment on %1: %2</source>
        <translation>Komen pada %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="392" />
        <source>No earlier comments or cases from this customer.</source>
        <translation>Tiada komen atau kes sebelum ini daripada pelanggan ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="397" />
        <source>Your page</source>
        <translation>Halaman anda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="400" />
        <source>%1 — %2 (deleted): %3</source>
        <translation>%1 — %2 (dipadam): %3</translation>
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
        <translation>Abaikan kes ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="434" />
        <source>Why is this case ignored? (for example: spam, a known hater, already solved elsewhere)</source>
        <translation>Kenapa kes ini diabaikan? (contohnya: spam, pembenci yang memang dikenali, sudah selesai di tempat lain)</translation>
    </message>
</context>
<context>
    <name>CaseReminderBar</name>
    <message>
        <location filename="../../desktop/ui/case_reminder.py" line="57" />
        <source>Snooze</source>
        <translation>Tangguh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_reminder.py" line="58" />
        <source>Quiet this reminder for a while; it comes back after.</source>
        <translation>Senyapkan peringatan ini sebentar; ia akan muncul semula selepas itu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_reminder.py" line="59" />
        <source>For 15 minutes</source>
        <translation>Selama 15 minit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_reminder.py" line="60" />
        <source>For 1 hour</source>
        <translation>Selama 1 jam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_reminder.py" line="61" />
        <source>Until the shop opens next</source>
        <translation>Hingga kedai dibuka semula</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_reminder.py" line="62" />
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_reminder.py" line="90" />
        <source>%1: snoozed until %2 (due %3)</source>
        <translation>%1: ditangguhkan hingga %2 (tarikh akhir %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_reminder.py" line="93" />
        <source>%1: overdue by %2 of opening time (due %3)</source>
        <translation>%1: lewat %2 waktu operasi (tarikh akhir %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_reminder.py" line="96" />
        <source>%1: due by %2</source>
        <translation>%1: perlu dibuat sebelum %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_reminder.py" line="102" />
        <source>You answered another way (by phone, a message, in the shop): the case is marked acknowledged.</source>
        <translation>Anda sudah menjawab dengan cara lain (telefon, mesej, di kedai): kes ditandakan “Sudah diakui”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_reminder.py" line="104" />
        <source>You told the customer how things stand: the update clock starts again.</source>
        <translation>Anda sudah memaklumkan perkembangan kepada pelanggan: kiraan masa untuk kemas kini bermula semula.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_reminder.py" line="106" />
        <source>You checked back with the customer: the case is marked followed up.</source>
        <translation>Anda sudah bertanya khabar semula kepada pelanggan: kes ditandakan “Sudah disusuli”.</translation>
    </message>
</context>
<context>
    <name>ChooseAccountDialog</name>
    <message>
        <location filename="../../desktop/ui/account_dialogs.py" line="29" />
        <source>Choose a Page</source>
        <translation>Pilih Page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialogs.py" line="38" />
        <source>Your sign-in can answer on several Pages. Which one should Balas connect? You can connect another one later.</source>
        <translation>Log masuk anda boleh membalas di beberapa Page. Page mana yang patut disambungkan oleh Balas? Anda boleh menyambung Page lain kemudian.</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="22" />
        <source>Balas cannot open your cases</source>
        <translation>Balas tidak dapat membuka kes anda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="24" />
        <source>Your case file: %1</source>
        <translation>Fail kes anda: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="26" />
        <source>Last backup: %1</source>
        <translation>Sandaran terakhir: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="27" />
        <source>Restoring puts the damaged file aside (it is kept, never overwritten) and opens the backup. Anything written after that backup is not in it.</source>
        <translation>Pemulihan akan mengetepikan fail yang rosak (fail itu tetap disimpan, tidak akan ditindih) dan membuka sandaran. Apa-apa yang ditulis selepas sandaran itu tiada di dalamnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="34" />
        <source>Restore last backup</source>
        <translation>Pulihkan sandaran terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="37" />
        <source>Try again</source>
        <translation>Cuba lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="39" />
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="44" />
        <source>Your case file is in use by another program (perhaps Balas is already open, or a backup tool is copying it). Close that program and try again.</source>
        <translation>Fail kes anda sedang digunakan oleh program lain (mungkin Balas sudah dibuka, atau program sandaran sedang menyalinnya). Tutup program itu dan cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="48" />
        <source>Balas is not allowed to write to your case file or its folder. Check that the disk is not full or write-protected and that you have permission to change the folder, then try again.</source>
        <translation>Balas tidak dibenarkan menulis ke fail kes anda atau foldernya. Pastikan cakera tidak penuh atau dikunci daripada ditulis, dan anda ada kebenaran untuk mengubah folder itu, kemudian cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="52" />
        <source>Balas could not upgrade your case file for this version. The file is exactly as it was, and a copy was saved in the backups folder. Please keep using the earlier version and tell us.</source>
        <translation>Balas tidak dapat menaik taraf fail kes anda untuk versi ini. Fail itu masih sama seperti sebelumnya, dan satu salinan telah disimpan dalam folder sandaran. Sila terus guna versi yang lebih awal dan beritahu kami.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="56" />
        <source>Your case file was saved by a newer version of Balas. Please install the newest Balas; this older version will not change the file.</source>
        <translation>Fail kes anda disimpan oleh versi Balas yang lebih baru. Sila pasang Balas yang terkini; versi lama ini tidak akan mengubah fail tersebut.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_problem_dialog.py" line="58" />
        <source>Your case file is damaged or is not a Balas file. Balas has not changed it.</source>
        <translation>Fail kes anda rosak atau bukan fail Balas. Balas tidak mengubahnya.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/ui/filter_bar.py" line="66" />
        <source>Search complaints and names…  (Ctrl+F)</source>
        <translation>Cari aduan dan nama…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_bar.py" line="67" />
        <source>Overdue only</source>
        <translation>Yang lewat sahaja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_bar.py" line="68" />
        <source>Show all cases again</source>
        <translation>Tunjukkan semua kes semula</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_bar.py" line="69" />
        <source>Open cases</source>
        <translation>Kes terbuka</translation>
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
        <translation>Bahagian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="132" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="131" />
        <source>Complaint</source>
        <translation>Aduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="156" />
        <source>Overdue since %1</source>
        <translation>Lewat sejak %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="160" />
        <source>Contains abusive words.
%1</source>
        <translation>Ada kata-kata kesat.
%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="165" />
        <source>Erased customer</source>
        <translation>Pelanggan yang dipadam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_model.py" line="174" />
        <location filename="../../desktop/ui/main_window.py" line="292" />
        <source>%1 · overdue</source>
        <translation>%1 · lewat</translation>
    </message>
</context>
<context>
    <name>InboxPresenter</name>
    <message>
        <location filename="../../desktop/ui/inbox_presenter.py" line="66" />
        <source>Opening your cases…</source>
        <translation>Membuka kes anda…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_presenter.py" line="79" />
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_presenter.py" line="79" />
        <source>Loading cases…</source>
        <translation>Memuatkan kes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/inbox_presenter.py" line="114" />
        <source>%n case(s) found.</source>
        <translation>
            <numerusform>%n kes dijumpai.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/inbox_presenter.py" line="116" />
        <source>%n case(s) shown.</source>
        <translation>
            <numerusform>%n kes dipaparkan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_presenter.py" line="154" />
        <source>%1 open · %2 overdue · %3 new</source>
        <translation>%1 terbuka · %2 lewat · %3 baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_presenter.py" line="163" />
        <source>Saved.</source>
        <translation>Disimpan.</translation>
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
        <translation>Balasan disimpan; ia menunggu dalam peti keluar dan akan disiarkan apabila akaun ini disambungkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_presenter.py" line="189" />
        <source>Reply logged on the case.</source>
        <translation>Balasan direkodkan dalam kes.</translation>
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
        <translation>Sudah diakui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="13" />
        <source>In progress</source>
        <translation>Sedang diuruskan</translation>
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
        <translation>Sudah disusuli</translation>
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
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="24" />
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="25" />
        <source>Walk-in</source>
        <translation>Datang ke kedai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="26" />
        <source>E-mail</source>
        <translation>E-mel</translation>
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
        <translation>Lain-lain</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="31" />
        <source>Active hater</source>
        <translation>Pembenci tegar</translation>
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
        <translation>Peminat setia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="35" />
        <source>Newcomer</source>
        <translation>Pelanggan baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="38" />
        <source>Delivery</source>
        <translation>Penghantaran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="39" />
        <source>Product quality</source>
        <translation>Kualiti produk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="40" />
        <source>Staff</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="41" />
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="42" />
        <source>Payment</source>
        <translation>Bayaran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="43" />
        <source>Online shop</source>
        <translation>Kedai online</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="44" />
        <source>Store visit</source>
        <translation>Kunjungan ke kedai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="48" />
        <source>Acknowledge</source>
        <translation>Akui terima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="49" />
        <source>Start work</source>
        <translation>Mula uruskan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="50" />
        <source>Mark resolved</source>
        <translation>Tandakan selesai</translation>
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
        <translation>Buka semula</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="58" />
        <source>reply</source>
        <translation>balasan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="59" />
        <source>hide the comment</source>
        <translation>sembunyikan komen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="60" />
        <source>show the comment again</source>
        <translation>tunjukkan semula komen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="61" />
        <source>delete the comment</source>
        <translation>padam komen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="65" />
        <source>First reply</source>
        <translation>Balasan pertama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="66" />
        <source>Update the customer</source>
        <translation>Maklumkan perkembangan kepada pelanggan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="67" />
        <source>Follow up</source>
        <translation>Susulan</translation>
    </message>
</context>
<context>
    <name>LogCaseDialog</name>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="93" />
        <source>Log a complaint</source>
        <translation>Rekod aduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="94" />
        <source>&amp;Customer</source>
        <translation>&amp;Pelanggan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="94" />
        <source>&amp;Phone or e-mail (optional)</source>
        <translation>&amp;Telefon atau e-mel (jika ada)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="94" />
        <source>Came &amp;by</source>
        <translation>&amp;Melalui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="95" />
        <source>&amp;Touchpoint</source>
        <translation>&amp;Bahagian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="95" />
        <source>&amp;Received</source>
        <translation>&amp;Diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="95" />
        <source>&amp;What they said</source>
        <translation>&amp;Apa yang mereka kata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="98" />
        <source>Type a name; pick a known customer from the list</source>
        <translation>Taip nama; pilih pelanggan sedia ada daripada senarai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="99" />
        <source>Write down the complaint in the customer's own words</source>
        <translation>Tulis aduan itu ikut kata-kata pelanggan sendiri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="100" />
        <source>Edit list…</source>
        <translation>Ubah senarai…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/log_case_dialog.py" line="133" />
        <source>Known customer, %n earlier case(s).</source>
        <translation>
            <numerusform>Pelanggan sedia ada, %n kes sebelum ini.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="137" />
        <source>A new customer will be added.</source>
        <translation>Pelanggan baru akan ditambah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="145" />
        <source>Please type the customer's name.</source>
        <translation>Sila taip nama pelanggan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_case_dialog.py" line="149" />
        <source>Please write down what the customer said.</source>
        <translation>Sila tulis apa yang pelanggan kata.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="211" />
        <source>Export list</source>
        <translation>Eksport senarai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="212" />
        <source>Spreadsheet (*.csv)</source>
        <translation>Hamparan (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="218" />
        <source>Writing the cases…</source>
        <translation>Sedang menulis kes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="221" />
        <source>%n case(s) saved as %1.</source>
        <translation>
            <numerusform>%n kes disimpan sebagai %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="236" />
        <source>Balas — complaints inbox</source>
        <translation>Balas — peti masuk aduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="238" />
        <source>%1 (demo shop)</source>
        <translation>%1 (kedai demo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="240" />
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="257" />
        <source>Show overdue</source>
        <translation>Tunjuk yang lewat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="258" />
        <source>Snooze all for 1 hour</source>
        <translation>Tunda semua selama 1 jam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="259" />
        <source>Show</source>
        <translation>Tunjukkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="260" />
        <source>Show them</source>
        <translation>Tunjukkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="261" />
        <source>Log a complaint…</source>
        <translation>Rekod aduan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="262" />
        <source>Log a complaint that came by phone, letter, WhatsApp or at the counter (Ctrl+N)</source>
        <translation>Rekod aduan yang datang melalui telefon, surat, WhatsApp atau di kaunter (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="264" />
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="265" />
        <source>Next step</source>
        <translation>Langkah seterusnya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="266" />
        <source>Add a note</source>
        <translation>Tambah nota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="267" />
        <source>Refresh</source>
        <translation>Muat semula</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="268" />
        <source>Settings…</source>
        <translation>Tetapan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="269" />
        <source>How replies are signed and checked, accounts, how often to sync (Ctrl+,)</source>
        <translation>Cara balasan ditandatangani dan disemak, akaun, kekerapan penyegerakan (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="271" />
        <source>Reports…</source>
        <translation>Laporan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="272" />
        <source>Complaints, reply times and where the shop is weak, over a period; export to CSV or PDF (Ctrl+Shift+R)</source>
        <translation>Aduan, masa membalas dan di mana kelemahan kedai dalam satu tempoh; eksport ke CSV atau PDF (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="274" />
        <source>Export list…</source>
        <translation>Eksport senarai…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="275" />
        <source>Save the cases shown (with the filters and search) as a spreadsheet (CSV) that opens in Excel</source>
        <translation>Simpan kes yang ditunjukkan (mengikut penapis dan carian) sebagai hamparan (CSV) yang boleh dibuka dalam Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="277" />
        <source>Accounts…</source>
        <translation>Akaun…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="278" />
        <source>Connect your Facebook Page, Instagram and X, and see how each one stands</source>
        <translation>Sambungkan Page Facebook, Instagram dan X anda, dan lihat keadaan setiap satu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="280" />
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="281" />
        <source>No cases match. Clear the search or choose “All states” to see more.</source>
        <translation>Tiada kes yang sepadan. Kosongkan carian atau pilih “Semua status” untuk melihat lebih banyak.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/ui/messages.py" line="18" />
        <source>This case is “%1”, so “%2” is not possible now. The case was not changed.</source>
        <translation>Kes ini berstatus “%1”, jadi “%2” tidak boleh dibuat sekarang. Kes ini tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="23" />
        <source>Please write down what the customer said.</source>
        <translation>Sila tulis apa yang pelanggan kata.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="24" />
        <source>Please type the customer's name (up to 200 letters).</source>
        <translation>Sila taip nama pelanggan (maksimum 200 huruf).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="25" />
        <source>The note is empty.</source>
        <translation>Nota itu kosong.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="26" />
        <source>Please say why the case is ignored.</source>
        <translation>Sila nyatakan kenapa kes ini diabaikan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="27" />
        <source>The time received cannot be in the future.</source>
        <translation>Masa diterima tidak boleh pada masa hadapan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="28" />
        <source>That touchpoint is not in the list any more. Pick another one.</source>
        <translation>Bahagian itu sudah tiada dalam senarai. Pilih yang lain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="29" />
        <source>The first day comes after the last day, or the period is longer than ten years. Please choose the dates again.</source>
        <translation>Hari pertama jatuh selepas hari terakhir, atau tempohnya lebih daripada sepuluh tahun. Sila pilih tarikh semula.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="31" />
        <source>This reminder changed meanwhile (the case moved on); nothing was marked done. Look at the case again.</source>
        <translation>Peringatan ini sudah berubah (kes sudah bergerak ke langkah lain); tiada apa yang ditandakan selesai. Sila lihat kes itu semula.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="34" />
        <source>Some of what was typed cannot be saved. Please check it and try again.</source>
        <translation>Sebahagian daripada apa yang ditaip tidak dapat disimpan. Sila semak dan cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="37" />
        <source>That saved reply is no longer there (deleted meanwhile).</source>
        <translation>Balasan tersimpan itu sudah tiada (dipadam sebentar tadi).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="48" />
        <source>Could not write %1 (%2). Choose another folder or name; nothing was written there.</source>
        <translation>Tidak dapat menulis %1 (%2). Pilih folder atau nama lain; tiada apa yang ditulis di situ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="54" />
        <source>Something unexpected went wrong; nothing you typed was lost. If it happens again, the log file in the Balas data folder says more.</source>
        <translation>Berlaku masalah yang tidak dijangka; apa yang anda taip tidak hilang. Jika berulang, fail log dalam folder data Balas ada butirannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="39" />
        <source>That case or customer is no longer in the case log.</source>
        <translation>Kes atau pelanggan itu sudah tiada dalam rekod kes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="41" />
        <source>The case file is busy (another program is using it). Nothing was lost; please try again in a moment.</source>
        <translation>Fail kes sedang sibuk (program lain sedang menggunakannya). Tiada apa yang hilang; sila cuba lagi sekejap lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="44" />
        <source>Balas could not write to the case file (read-only or disk full). What you typed is still here; free some space or check the folder, then try again.</source>
        <translation>Balas tidak dapat menulis ke fail kes (baca sahaja atau cakera penuh). Apa yang anda taip masih ada di sini; kosongkan sedikit ruang atau periksa folder itu, kemudian cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="52" />
        <source>The case file could not be read or written. What you typed is still here; please try again.</source>
        <translation>Fail kes tidak dapat dibaca atau ditulis. Apa yang anda taip masih ada di sini; sila cuba lagi.</translation>
    </message>
</context>
<context>
    <name>PasteTokenDialog</name>
    <message>
        <location filename="../../desktop/ui/account_dialogs.py" line="56" />
        <source>Paste a token</source>
        <translation>Tampal token</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialogs.py" line="61" />
        <source>Paste the access token here</source>
        <translation>Tampal token akses di sini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialogs.py" line="65" />
        <source>X only, optional: lets Balas renew the sign-in</source>
        <translation>Untuk X sahaja, pilihan: membolehkan Balas memperbaharui log masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialogs.py" line="70" />
        <source>Check and connect</source>
        <translation>Semak dan sambung</translation>
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
        <translation>Token pembaharuan:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialogs.py" line="78" />
        <source>Balas checks the token with the platform and keeps it only in this computer's keyring. A Facebook user token lets you pick one of your Pages.</source>
        <translation>Balas menyemak token dengan platform dan menyimpannya hanya dalam keyring komputer ini. Dengan token pengguna Facebook, anda boleh memilih salah satu Page anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialogs.py" line="88" />
        <source>Paste the token first.</source>
        <translation>Tampal token dahulu.</translation>
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
            <numerusform>%n corak lagi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/patterns_presenter.py" line="75" />
        <source>%n people wrote nearly the same words in a short time: “%1”. This may be organised; check before you reply.</source>
        <translation>
            <numerusform>%n orang menulis ayat yang hampir sama dalam masa yang singkat: “%1”. Ini mungkin serangan teratur; semak dahulu sebelum membalas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/patterns_presenter.py" line="78" />
        <source>%n negative comments in a short time, mostly from the same few people. This may be organised; check before you reply.</source>
        <translation>
            <numerusform>%n komen negatif dalam masa yang singkat, kebanyakannya daripada beberapa orang yang sama. Ini mungkin serangan teratur; semak dahulu sebelum membalas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patterns_presenter.py" line="84" />
        <source>Pattern: %1</source>
        <translation>Corak: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/patterns_presenter.py" line="88" />
        <source>Possible organised attack</source>
        <translation>Kemungkinan serangan teratur</translation>
    </message>
</context>
<context>
    <name>PeoplePresenter</name>
    <message>
        <location filename="../../desktop/ui/people_presenter.py" line="75" />
        <source>The customer's data is erased.</source>
        <translation>Data pelanggan telah dipadam.</translation>
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
        <translation>Disimpan sebagai %1 dan, dalam bentuk jadual, %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_presenter.py" line="53" />
        <source>Erase everything Balas holds about %1?</source>
        <translation>Padam semua yang Balas simpan tentang %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_presenter.py" line="54" />
        <source>Their name, contact and platform id go, with the words of their complaints and comments and of every note, reply and answer on their cases. Replies still waiting to be sent to them are cancelled. The reports keep counting the cases, without a name. This cannot be undone.</source>
        <translation>Nama, nombor hubungan dan ID platform mereka akan dipadam, bersama kata-kata dalam aduan dan komen mereka serta setiap nota, balasan dan jawapan pada kes mereka. Balasan yang masih menunggu untuk dihantar kepada mereka dibatalkan. Laporan tetap mengira kes-kes itu, tanpa nama. Ini tidak boleh dibuat asal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/people_presenter.py" line="59" />
        <source>%n backup(s) made before now still hold a copy, in %1. Balas keeps the newest %2, so these are gone after %2 more backups (about a week of daily use). You may delete them there now.</source>
        <translation>
            <numerusform>%n sandaran yang dibuat sebelum ini masih menyimpan salinan, di %1. Balas menyimpan %2 sandaran terbaru, jadi salinan ini hilang selepas %2 sandaran lagi (kira-kira seminggu penggunaan harian). Anda boleh memadamnya di situ sekarang.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_presenter.py" line="63" />
        <source>Erase this customer's data</source>
        <translation>Padam data pelanggan ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_presenter.py" line="66" />
        <source>Erase</source>
        <translation>Padam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_presenter.py" line="76" />
        <source>The customer's data is erased. The case file's free space is cleaned the next time Balas starts.</source>
        <translation>Data pelanggan telah dipadam. Ruang kosong dalam fail kes dibersihkan apabila Balas dimulakan semula.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_presenter.py" line="80" />
        <source>Erasing…</source>
        <translation>Sedang memadam…</translation>
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
        <translation>Buang rahsia ini daripada keyring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="52" />
        <source>Balas signs in through apps you register yourself on each platform, so your data goes from the platform straight to this computer. The README's “Connect your accounts” section shows every step. Secrets are kept only in this computer's keyring.</source>
        <translation>Balas log masuk melalui aplikasi yang anda daftarkan sendiri di setiap platform, jadi data anda pergi terus dari platform ke komputer ini. Bahagian “Connect your accounts” dalam README menunjukkan setiap langkah. Rahsia disimpan hanya dalam keyring komputer ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="60" />
        <source>Sign-in port:</source>
        <translation>Port log masuk:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="61" />
        <source>Redirect address to register:</source>
        <translation>Alamat ubah hala untuk didaftarkan:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="62" />
        <source>Facebook (Pages)</source>
        <translation>Facebook (Page)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="64" />
        <source>App ID:</source>
        <translation>ID aplikasi:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="65" />
        <source>App secret:</source>
        <translation>Rahsia aplikasi:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="66" />
        <source>Client token:</source>
        <translation>Token klien:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="67" />
        <source>With the app secret you sign in in the browser; with only the client token you type a code at facebook.com/device.</source>
        <translation>Dengan rahsia aplikasi, anda log masuk dalam pelayar; dengan token klien sahaja, anda menaip kod di facebook.com/device.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="69" />
        <source>Instagram (professional account)</source>
        <translation>Instagram (akaun profesional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="71" />
        <source>Instagram app ID:</source>
        <translation>ID aplikasi Instagram:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="72" />
        <source>Instagram app secret:</source>
        <translation>Rahsia aplikasi Instagram:</translation>
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
        <translation>disimpan dalam keyring — taip untuk menggantikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/platform_apps_page.py" line="106" />
        <source>not set</source>
        <translation>belum ditetapkan</translation>
    </message>
</context>
<context>
    <name>PlaybooksPage</name>
    <message>
        <location filename="../../desktop/ui/playbooks_page.py" line="71" />
        <source>A question</source>
        <translation>Soalan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbooks_page.py" line="71" />
        <source>Thanks or praise</source>
        <translation>Ucapan terima kasih atau pujian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbooks_page.py" line="73" />
        <source>A complaint from: %1</source>
        <translation>Aduan daripada: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbooks_page.py" line="75" />
        <source>Balas picks one of these wordings for each customer, so replies do not repeat word for word. {name}, {shop}, {signature} and {eta} are filled in.</source>
        <translation>Balas memilih salah satu ayat ini untuk setiap pelanggan, supaya balasan tidak sama perkataan demi perkataan. {name}, {shop}, {signature} dan {eta} akan diisi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbooks_page.py" line="77" />
        <source>Add a wording</source>
        <translation>Tambah ayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbooks_page.py" line="78" />
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbooks_page.py" line="79" />
        <source>Back to Balas's wordings</source>
        <translation>Kembali kepada ayat Balas</translation>
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
        <translation>Ayat anda sendiri.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbooks_page.py" line="94" />
        <source>Balas's wordings. Change one to make them yours.</source>
        <translation>Ayat Balas. Ubah salah satu untuk menjadikannya milik anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbooks_page.py" line="130" />
        <source>An empty wording is not kept.</source>
        <translation>Ayat yang kosong tidak disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbooks_page.py" line="132" />
        <source>A wording holds at most %1 characters; this one is not kept.</source>
        <translation>Satu ayat boleh memuatkan paling banyak %1 aksara; ayat ini tidak disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/playbooks_page.py" line="135" />
        <source>%1 is not filled in for the customer (only {name}, {shop}, {signature} and {eta} are).</source>
        <translation>%1 tidak diisi untuk pelanggan (hanya {name}, {shop}, {signature} dan {eta} diisi).</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="16" />
        <source>&amp;Undo</source>
        <translation>&amp;Buat asal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="17" />
        <source>&amp;Redo</source>
        <translation>Buat &amp;semula</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="18" />
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="19" />
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="20" />
        <source>&amp;Paste</source>
        <translation>&amp;Tampal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="21" />
        <source>Delete</source>
        <translation>Padam</translation>
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
        <translation>Tunjuk butiran...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="32" />
        <source>Hide Details...</source>
        <translation>Sembunyi butiran...</translation>
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
        <translation>&amp;Buat asal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="24" />
        <source>&amp;Redo</source>
        <translation>Buat &amp;semula</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="25" />
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="26" />
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="27" />
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;lokasi pautan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="28" />
        <source>&amp;Paste</source>
        <translation>&amp;Tampal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="29" />
        <source>Delete</source>
        <translation>Padam</translation>
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
        <translation>Tiada yang lewat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="123" />
        <source>All %1 overdue…</source>
        <translation>Kesemua %1 yang lewat…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="125" />
        <source>Snooze all for 1 hour</source>
        <translation>Tunda semua selama 1 jam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="129" />
        <source>Resume reminders</source>
        <translation>Sambung semula peringatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="131" />
        <source>Pause reminders for today</source>
        <translation>Henti peringatan untuk hari ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="133" />
        <source>Quit Balas</source>
        <translation>Keluar dari Balas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="138" />
        <source>%1 · %2 · %3 late</source>
        <translation>%1 · %2 · lewat %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="139" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="158" />
        <source>Balas — nothing is overdue</source>
        <translation>Balas — tiada yang lewat</translation>
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
            <numerusform>%n peringatan menunggu</numerusform>
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
        <translation>Pemberitahuan dihentikan hingga %1</translation>
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
            <numerusform>%n peringatan sudah tiba masanya</numerusform>
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
        <translation>%1 dan yang lain sedang menunggu anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="183" />
        <source>%1 are waiting for you.</source>
        <translation>%1 sedang menunggu anda.</translation>
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
        <translation>Peringatan: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="265" />
        <source>Balas is still running</source>
        <translation>Balas masih berjalan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="266" />
        <source>It keeps reminding you from this icon. To stop it, choose Quit Balas in the icon's menu.</source>
        <translation>Balas terus mengingatkan anda dari ikon ini. Untuk menghentikannya, pilih Keluar dari Balas dalam menu ikon.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="273" />
        <source>This desktop has no system tray: reminders show at the top of this window, and closing it stops them.</source>
        <translation>Desktop ini tiada dulang sistem: peringatan dipaparkan di bahagian atas tetingkap ini, dan menutupnya akan menghentikan peringatan.</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="48" />
        <source>Loading…</source>
        <translation>Sedang dimuatkan…</translation>
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
        <translation>Sasaran maklum balas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="62" />
        <source>First reply within:</source>
        <translation>Balasan pertama dalam masa:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="63" />
        <source>Update a case in progress every:</source>
        <translation>Maklumkan perkembangan kes setiap:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="64" />
        <source>Follow up after it is resolved:</source>
        <translation>Buat susulan selepas selesai:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="66" />
        <source>First reply to %1 within:</source>
        <translation>Balasan pertama untuk %1 dalam masa:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="67" />
        <source>Targets count only opening hours. A whole day (24 h) means the same time on the next day the shop is open.</source>
        <translation>Sasaran dikira dalam waktu kedai dibuka sahaja. Sehari penuh (24 jam) bermaksud waktu yang sama pada hari kedai dibuka seterusnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="71" />
        <source>Opening hours</source>
        <translation>Waktu operasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="100" />
        <source>Time zone:</source>
        <translation>Zon waktu:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="104" />
        <source>Days off and public holidays</source>
        <translation>Hari cuti dan cuti umum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="110" />
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="111" />
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="123" />
        <source>Start Balas in the tray when I log in to this computer</source>
        <translation>Mulakan Balas dalam dulang apabila saya log masuk ke komputer ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="127" />
        <source>Not for the demo shop</source>
        <translation>Bukan untuk kedai demo</translation>
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
        <translation>tutup selepas tengah malam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_page.py" line="206" />
        <source>No day is open: reminders will count every hour of the week.</source>
        <translation>Tiada hari yang dibuka: peringatan akan mengira setiap jam dalam seminggu.</translation>
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
        <translation>Bahasa Inggeris</translation>
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
        <translation>Cadang ayat lain</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="140" />
        <source>Saved replies…</source>
        <translation>Balasan tersimpan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="141" />
        <source>Put in one of your own replies, or keep this one for next time</source>
        <translation>Masukkan salah satu balasan anda sendiri, atau simpan balasan ini untuk lain kali</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="142" />
        <source>Write your reply here. Balas checks it as you type.</source>
        <translation>Tulis balasan anda di sini. Balas menyemaknya semasa anda menaip.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="143" />
        <source>Use the better wording</source>
        <translation>Guna ayat yang lebih baik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="144" />
        <source>Puts the better wording in place of the underlined words (or double-click a finding)</source>
        <translation>Gantikan perkataan bergaris dengan ayat yang lebih baik (atau klik dua kali pada satu dapatan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="263" />
        <source>Send reply…</source>
        <translation>Hantar balasan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="263" />
        <source>Log reply…</source>
        <translation>Rekod balasan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="267" />
        <source>Checking…</source>
        <translation>Menyemak…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reply_editor.py" line="269" />
        <source>%n thing(s) to look at before sending.</source>
        <translation>
            <numerusform>%n perkara perlu dilihat sebelum dihantar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="272" />
        <source>Looks good.</source>
        <translation>Nampak baik.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../desktop/ui/report_pdf.py" line="47" />
        <location filename="../../desktop/ui/report_pdf.py" line="98" />
        <source>Complaints report</source>
        <translation>Laporan aduan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_pdf.py" line="48" />
        <source>made %1</source>
        <translation>dibuat %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_pdf.py" line="49" />
        <source>(erased)</source>
        <translation>(dipadam)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_pdf.py" line="50" />
        <source>No complaints came in during this period.</source>
        <translation>Tiada aduan diterima dalam tempoh ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_pdf.py" line="52" />
        <source>Complaints per week</source>
        <translation>Aduan setiap minggu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="31" />
        <source>%1 to %2</source>
        <translation>%1 hingga %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="38" />
        <source>Complaints</source>
        <translation>Aduan</translation>
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
        <translation>Balasan pertama dalam sasaran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="44" />
        <source>%1 of %2 in time</source>
        <translation>%1 daripada %2 tepat pada masa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="46" />
        <source>Still open</source>
        <translation>Masih terbuka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="47" />
        <source>%1 overdue now</source>
        <translation>%1 lewat sekarang</translation>
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
            <numerusform>%n kes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="50" />
        <source>Followed up after solving</source>
        <translation>Disusuli selepas selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="52" />
        <source>Customers who complained more than once</source>
        <translation>Pelanggan yang mengadu lebih sekali</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="54" />
        <source>Upset regulars won back</source>
        <translation>Pelanggan tetap yang kecewa kembali</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="55" />
        <source>solved and followed up</source>
        <translation>selesai dan disusuli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="62" />
        <source>By touchpoint</source>
        <translation>Mengikut titik sentuhan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="64" />
        <source>By customer type</source>
        <translation>Mengikut jenis pelanggan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="65" />
        <source>Not known yet</source>
        <translation>Belum diketahui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="67" />
        <source>By channel</source>
        <translation>Mengikut saluran</translation>
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
        <translation>Tempoh:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="152" />
        <source>to</source>
        <translation>hingga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="153" />
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="153" />
        <source>Last month</source>
        <translation>Bulan lepas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="154" />
        <source>Last 3 months</source>
        <translation>3 bulan lepas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="154" />
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="155" />
        <source>Last 12 months</source>
        <translation>12 bulan lepas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="155" />
        <source>Dates I choose</source>
        <translation>Tarikh pilihan saya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="163" />
        <source>Export cases (CSV)…</source>
        <translation>Eksport kes (CSV)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="164" />
        <source>Every case of the period, one per row; opens in Excel</source>
        <translation>Setiap kes dalam tempoh ini, satu baris setiap kes; boleh dibuka dalam Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="165" />
        <source>Export report (PDF)…</source>
        <translation>Eksport laporan (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="167" />
        <source>Click to list these cases in the inbox</source>
        <translation>Klik untuk menyenaraikan kes-kes ini dalam peti masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="193" />
        <source>Counting…</source>
        <translation>Sedang mengira…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="202" />
        <source>%1: no complaints came in.</source>
        <translation>%1: tiada aduan diterima.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="212" />
        <source>Complaints per week (click a week to see its cases)</source>
        <translation>Aduan setiap minggu (klik satu minggu untuk melihat kesnya)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="239" />
        <source>week of %1</source>
        <translation>minggu %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="246" />
        <source>First reply late or still owed</source>
        <translation>Balasan pertama lewat atau belum diberi</translation>
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
        <translation>Hamparan (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_window.py" line="264" />
        <source>Writing the cases…</source>
        <translation>Sedang menulis kes…</translation>
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
            <numerusform>%n kes disimpan sebagai %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="298" />
        <source>Check your reply</source>
        <translation>Semak balasan anda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="309" />
        <source>The check has not finished; read the reply once more before sending.</source>
        <translation>Semakan belum selesai; baca balasan sekali lagi sebelum menghantar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reply_editor.py" line="312" />
        <source>%n thing(s) in this reply may upset the customer or promise too much:</source>
        <translation>
            <numerusform>%n perkara dalam balasan ini mungkin menyinggung pelanggan atau berjanji terlalu banyak:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="315" />
        <source>Nothing to fix: it reads politely, keeps private details private and promises only what you can keep.</source>
        <translation>Tiada apa perlu dibetulkan: bahasanya sopan, butiran peribadi tidak terdedah dan janjinya boleh ditunaikan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="321" />
        <source>It goes into the outbox and is posted as a public reply under the customer's comment once the account is connected and online.</source>
        <translation>Ia masuk ke peti keluar dan disiarkan sebagai balasan awam di bawah komen pelanggan sebaik sahaja akaun disambungkan dan dalam talian.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="323" />
        <source>It will be logged on the case. Give it to the customer the way they reached you (phone, letter, WhatsApp, at the counter).</source>
        <translation>Ia akan direkodkan dalam kes. Sampaikan kepada pelanggan melalui cara mereka menghubungi anda (telefon, surat, WhatsApp, di kaunter).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="327" />
        <source>Send anyway</source>
        <translation>Hantar juga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="327" />
        <source>Send</source>
        <translation>Hantar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="329" />
        <source>Log it anyway</source>
        <translation>Rekod juga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reply_editor.py" line="329" />
        <source>Log it</source>
        <translation>Rekod</translation>
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
        <translation>Cari balasan tersimpan anda…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="157" />
        <source>All languages</source>
        <translation>Semua bahasa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="158" />
        <source>Put in the reply</source>
        <translation>Masukkan ke dalam balasan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="159" />
        <source>New…</source>
        <translation>Baharu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="160" />
        <source>Keep this reply…</source>
        <translation>Simpan balasan ini…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="161" />
        <source>Save the reply you are writing for next time; the customer's name and your signature become placeholders</source>
        <translation>Simpan balasan yang sedang anda tulis untuk lain kali; nama pelanggan dan tandatangan anda menjadi ruang isian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="163" />
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="164" />
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="183" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="190" />
        <source>No saved replies match.</source>
        <translation>Tiada balasan tersimpan yang sepadan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="192" />
        <source>No saved replies in this language yet (choose “All languages” to see the others). Write a reply you like, then choose “Keep this reply…”.</source>
        <translation>Belum ada balasan tersimpan dalam bahasa ini (pilih “Semua bahasa” untuk melihat yang lain). Tulis balasan yang anda suka, kemudian pilih “Simpan balasan ini…”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="195" />
        <source>No saved replies yet. Write a reply you like, then choose “Keep this reply…”, or start one with “New…”.</source>
        <translation>Belum ada balasan tersimpan. Tulis balasan yang anda suka, kemudian pilih “Simpan balasan ini…”, atau mulakan dengan “Baharu…”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="235" />
        <source>Delete saved reply</source>
        <translation>Padam balasan tersimpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="236" />
        <source>Delete “%1”?</source>
        <translation>Padam “%1”?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="21" />
        <source>Settings</source>
        <translation>Tetapan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="24" />
        <source>for example: – Limah (ML)</source>
        <translation>contohnya: – Limah (ML)</translation>
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
        <translation>Beri amaran jika balasan tidak menyapa pelanggan dengan nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="33" />
        <source>Warn when a reply is not signed</source>
        <translation>Beri amaran jika balasan tidak ditandatangani</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="35" />
        <source>Hide abusive comments automatically</source>
        <translation>Sembunyikan komen kesat secara automatik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="37" />
        <source>Off: abusive comments are only marked, and you decide. On: Balas asks the platform to hide each new comment with abusive words; the writer and their friends still see it.</source>
        <translation>Tutup: komen kesat hanya ditanda, dan anda yang memutuskan. Buka: Balas meminta platform menyembunyikan setiap komen baharu yang mengandungi kata-kata kesat; penulis dan rakan-rakannya masih nampak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="44" />
        <source>Sign replies with:</source>
        <translation>Tandatangan balasan:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="45" />
        <source>Shop name in replies:</source>
        <translation>Nama kedai dalam balasan:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="46" />
        <source>When Malay and Indonesian look alike, read it as:</source>
        <translation>Jika bahasa Melayu dan Indonesia nampak serupa, anggap sebagai:</translation>
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
        <translation>Akaun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_presenter.py" line="69" />
        <source>Reminders</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_presenter.py" line="69" />
        <source>Suggested replies</source>
        <translation>Cadangan balasan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_presenter.py" line="70" />
        <source>Platform apps</source>
        <translation>Aplikasi platform</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_presenter.py" line="105" />
        <source>Could not change starting with the computer: %1</source>
        <translation>Tidak dapat menukar tetapan mula bersama komputer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_presenter.py" line="122" />
        <source>Settings saved.</source>
        <translation>Tetapan disimpan.</translation>
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
        <translation>Balas sudah dibuka di komputer ini tetapi tidak memberi respons. Cari ikonnya dalam dulang atau tetingkapnya di bar tugas; jika ia tergantung, tamatkannya dalam pengurus tugas dan mulakan Balas semula.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="29" />
        <source>Syncing…</source>
        <translation>Sedang menyegerak…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="32" />
        <source>Syncing %1… %2 comments read</source>
        <translation>Menyegerak %1… %2 komen dibaca</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="35" />
        <source>Sync stopped on an unexpected problem; Balas tries again in a few minutes. Your cases and replies are safe.</source>
        <translation>Penyegerakan terhenti kerana masalah yang tidak dijangka; Balas akan cuba lagi dalam beberapa minit. Kes dan balasan anda selamat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="47" />
        <source>Accounts cannot sync: this computer's keyring cannot be used. Everything else works.</source>
        <translation>Akaun tidak dapat disegerakkan: keyring komputer ini tidak boleh digunakan. Yang lain semuanya berfungsi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync_status.py" line="52" />
        <source>Offline — %n reply(s) waiting</source>
        <translation>
            <numerusform>Luar talian — %n balasan menunggu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="53" />
        <source>Offline — Balas syncs again when the connection is back</source>
        <translation>Luar talian — Balas menyegerak semula apabila sambungan pulih</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="56" />
        <source>%1 needs you to sign in again (Settings → Accounts)</source>
        <translation>%1 perlu anda log masuk semula (Tetapan → Akaun)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync_status.py" line="59" />
        <source>%n reply(s) could not be posted — open the case to see why</source>
        <translation>
            <numerusform>%n balasan tidak dapat dihantar — buka kes untuk lihat sebabnya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync_status.py" line="62" />
        <source>%n reply(s) waiting for a connected account</source>
        <translation>
            <numerusform>%n balasan menunggu akaun yang disambungkan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="64" />
        <source>Synced at %1</source>
        <translation>Disegerakkan pada %1</translation>
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
        <translation>%1: log masuk semula</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="77" />
        <source>%1: offline</source>
        <translation>%1: luar talian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="79" />
        <source>%1: the platform asked Balas to wait a while</source>
        <translation>%1: platform meminta Balas menunggu sebentar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="81" />
        <source>%1: could not sync this time (%2)</source>
        <translation>%1: tidak dapat disegerakkan kali ini (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="82" />
        <source>%1: %2 new, %3 changed</source>
        <translation>%1: %2 baharu, %3 berubah</translation>
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
        <translation>Tajuk:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="53" />
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="54" />
        <source>{name}, {shop}, {signature} and {eta} are filled in for each customer: their name, your shop, your signature and when they will hear from you.</source>
        <translation>{name}, {shop}, {signature} dan {eta} diisi untuk setiap pelanggan: nama mereka, kedai anda, tandatangan anda dan bila mereka akan menerima berita daripada anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="65" />
        <source>Please give the reply a title and some words.</source>
        <translation>Sila beri balasan ini tajuk dan isi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="70" />
        <source>%1 is not filled in for the customer (only {name}, {shop}, {signature} and {eta} are). Correct it, or press Save again to keep it as written.</source>
        <translation>%1 tidak diisi untuk pelanggan (hanya {name}, {shop}, {signature} dan {eta} diisi). Betulkan, atau tekan Simpan sekali lagi untuk menyimpannya seperti yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/saved_replies_dialog.py" line="75" />
        <source>A saved reply holds at most %1 characters.</source>
        <translation>Balasan tersimpan boleh memuatkan paling banyak %1 aksara.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/text.py" line="68" />
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
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
        <translation>Senarai bahagian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="47" />
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="48" />
        <source>Rename…</source>
        <translation>Tukar nama…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="49" />
        <source>Hide</source>
        <translation>Sembunyikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="50" />
        <source>Hidden touchpoints are not offered for new cases; cases already tagged keep them.</source>
        <translation>Bahagian yang disembunyikan tidak lagi ditawarkan untuk kes baru; kes yang sudah ditanda kekal dengannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="73" />
        <source>Add a touchpoint</source>
        <translation>Tambah bahagian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="74" />
        <source>Name (for example: Parking, Packaging):</source>
        <translation>Nama (contohnya: Tempat letak kereta, Pembungkusan):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="82" />
        <source>Rename touchpoint</source>
        <translation>Tukar nama bahagian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/touchpoint_dialog.py" line="82" />
        <source>New name:</source>
        <translation>Nama baru:</translation>
    </message>
</context>
</TS>