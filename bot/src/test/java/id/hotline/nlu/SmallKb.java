package id.hotline.nlu;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A handful of intents written for tests, with enough examples for the classifier to learn them. */
final class SmallKb {
    private SmallKb() {
    }

    static List<LabelledText> examples() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("premig.documents", List.of(
                "cara bikin paspor untuk kerja ke luar negeri", "syarat membuat paspor apa saja",
                "dokumen apa saja yang harus disiapkan", "bikin paspor di kantor imigrasi mana",
                "paspor saya hilang sebelum berangkat", "perpanjang paspor berapa lama",
                "visa kerja ke taiwan diurus siapa", "ktp dan kk perlu dilegalisir tidak",
                "berkas untuk daftar pmi apa saja", "biaya bikin paspor berapa"));
        m.put("tip.passport_held", List.of(
                "paspor saya ditahan majikan", "agen menahan paspor saya", "majikan simpan paspor tidak dikembalikan",
                "paspor adik saya dipegang agensi", "paspor disita bos, saya tidak bisa pulang",
                "minta paspor tapi tidak dikasih majikan", "dokumen saya ditahan perusahaan",
                "paspor istri saya ditahan agen di malaysia", "bos menyita paspor semua pekerja",
                "paspor dipegang pt katanya jaminan"));
        m.put("smalltalk.greeting", List.of(
                "halo", "selamat pagi", "assalamualaikum", "hai kak", "halo admin", "selamat siang kak",
                "pagi min", "permisi", "halo selamat malam", "hai"));
        m.put("premig.costs", List.of(
                "biaya penempatan ke taiwan berapa", "kerja ke hongkong bayar berapa", "berapa biaya jadi pmi",
                "biaya medical ditanggung siapa", "potongan gaji ke taiwan berapa bulan", "apa saja yang gratis untuk pmi",
                "pinjaman kur untuk biaya berangkat", "sponsor minta uang 10 juta wajar tidak",
                "biaya pelatihan dibayar sendiri atau pt", "ke jepang butuh biaya berapa"));
        return KbFixtures.examples(m);
    }
}
