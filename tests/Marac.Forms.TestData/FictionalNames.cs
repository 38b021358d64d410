using FsCheck;
using FsCheck.Fluent;

namespace Marac.Forms.TestData;

/// <summary>
/// Invented names from many naming traditions and scripts. Each pairing of given and family name was
/// made up for testing and refers to no real person. Use them wherever a test needs a person.
/// </summary>
public static class FictionalNames
{
    /// <summary>Every name in the pool, grouped by tradition.</summary>
    public static IReadOnlyList<FictionalName> All { get; } = new FictionalName[]
    {
        new("Harriet", "Ashdown-Pike", "English"),
        new("Tomos", "Fenwick", "English"),
        new("Angharad", "Prydderch", "Welsh"),
        new("Rhodri", "ap Gwynfor", "Welsh"),
        new("Siân", "Llwyd-Ifans", "Welsh"),
        new("Mòrag", "NicIllFhinnein", "Scottish Gaelic"),
        new("Saoirse", "Ní Bhraonáin", "Irish"),
        new("Pádraig", "Ó Floinn", "Irish"),
        new("Małgorzata", "Żółkiewska", "Polish"),
        new("Grzegorz", "Szczęśniak", "Polish"),
        new("Łucja", "Dąbrowska-Kęsik", "Polish"),
        new("Ayşe", "Yıldırımoğlu", "Turkish"),
        new("Çağrı", "Öztürkmen", "Turkish"),
        new("İlkay", "Güneşli", "Turkish"),
        new("Şükrü", "Kılıçarslan", "Turkish"),
        new("Ελένη", "Παπαδοπούλου", "Greek"),
        new("Γιώργος", "Αθανασιάδης", "Greek"),
        new("Δήμητρα", "Κωνσταντινίδου", "Greek"),
        new("Наталья", "Воронцова", "Russian (Cyrillic)"),
        new("Дмитрий", "Соколовский", "Russian (Cyrillic)"),
        new("Олена", "Ковальчук", "Ukrainian (Cyrillic)"),
        new("Богдан", "Їжакевич", "Ukrainian (Cyrillic)"),
        new("Цветелина", "Стоянова", "Bulgarian (Cyrillic)"),
        new("Драгана", "Јовановић", "Serbian (Cyrillic)"),
        new("Thị Hương", "Nguyễn", "Vietnamese"),
        new("Văn Đức", "Trần", "Vietnamese"),
        new("Ngọc Ánh", "Phạm", "Vietnamese"),
        new("فاطمة", "الحسيني", "Arabic"),
        new("يوسف", "العبيدي", "Arabic"),
        new("عائشہ", "قریشی", "Urdu"),
        new("مریم", "رضایی‌نژاد", "Persian"),
        new("נועה", "בן־דוד", "Hebrew"),
        new("秀英", "王", "Chinese"),
        new("明轩", "李", "Chinese"),
        new("陽菜", "佐藤", "Japanese"),
        new("花子", "𠮷田", "Japanese (supplementary-plane kanji)"),
        new("지은", "김", "Korean"),
        new("प्रिया", "शर्मा", "Hindi (Devanagari)"),
        new("ਹਰਪ੍ਰੀਤ", "ਕੌਰ", "Punjabi (Gurmukhi)"),
        new("সুমাইয়া", "রহমান", "Bengali"),
        new("கவிதா", "சுப்பிரமணியம்", "Tamil"),
        new("Hodan", "Cabdullahi Warsame", "Somali"),
        new("Adéọlá", "Ọ̀gúnṣẹ̀yẹ", "Yoruba"),
        new("Chiamaka", "Nwosu-Okafor", "Igbo"),
        new("Ioana", "Țăranu", "Romanian"),
        new("Ștefan", "Bălănescu", "Romanian"),
        new("Gintarė", "Žemaitytė", "Lithuanian"),
        new("Kateřina", "Dvořáčková", "Czech"),
        new("Erzsébet", "Szőkefalvi", "Hungarian"),
        new("Conceição", "Magalhães", "Portuguese"),
        new("María José", "Peñalver Núñez", "Spanish"),
        new("Jürgen", "Weißmüller", "German"),
        new("Bjørn", "Ødegårdsen", "Norwegian"),
        new("Þórdís", "Guðmundsdóttir", "Icelandic"),
        new("ნინო", "ბერიძე", "Georgian"),
        new("Անի", "Պետրոսյան", "Armenian"),
        new("สมศรี", "ใจดีงาม", "Thai"),
        new("ሰላም", "ተስፋዬ", "Amharic (Ge'ez)"),
        new("Aoife", "O'Connell-Adeyemi", "Irish and Yoruba (hyphenated)"),
        new("Rosalind", "D'Souza", "Goan (apostrophe)"),
    };

    /// <summary>Any name from the pool.</summary>
    public static Gen<FictionalName> Any { get; } = Gen.Elements(All.ToArray());
}
