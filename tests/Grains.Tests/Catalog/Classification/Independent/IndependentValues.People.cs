namespace DataSpine.Grains.Tests.Catalog.Classification;

internal sealed partial class IndependentValues
{
    // (given names, family names) per locale; common and uncommon names mixed on purpose.
    private static readonly (string[] Given, string[] Family)[] Locales =
    [
        (["Eleanor", "Thaddeus", "Marjorie", "Clifford", "Harriet", "Desmond", "Winifred", "Barnaby", "Emily", "Robert", "Imogen", "Rupert"],
         ["Whitfield", "Ashworth", "Pemberton", "Thornbury", "Garrison", "Holloway", "Baker", "Walker", "Kettering", "Blackwood", "Carter", "Fairweather"]),
        (["Itziar", "Leire", "Ximena", "Eulalia", "Nicanor", "Gonzalo", "Lucía", "Jorge", "Remedios", "Fermín", "Amparo", "Baltasar"],
         ["Echeverría", "Urrutia", "Zubizarreta", "Goicoechea", "Villalobos", "Sánchez", "Ortega", "Bustamante", "Quintanilla", "Arriaga"]),
        (["Gaëlle", "Anatole", "Ségolène", "Aurélien", "Clotilde", "Baptiste", "Camille", "Hervé", "Maëlys", "Thibault", "Solène"],
         ["Delacroix", "Beaumarchais", "Lemaître", "Vasseur", "Rousseau", "Charbonneau", "Lefèvre", "Dumas", "Tessier", "Marchetti"]),
        (["Annegret", "Wiebke", "Hartmut", "Volker", "Jürgen", "Sabine", "Gerlinde", "Lukas", "Rüdiger", "Henrike", "Detlef"],
         ["Oberländer", "Brinkmann", "Hollenbach", "Wiesner", "Schneider", "Kessler", "Grünewald", "Vogel", "Lindemann", "Pfeiffer"]),
        (["Ottavio", "Benedetta", "Ludovica", "Rocco", "Giulia", "Marco", "Cosimo", "Ornella", "Fiorenza", "Gianmarco"],
         ["Castellucci", "Bonaccorsi", "Gualtieri", "Rossi", "Ferrante", "Pellegrino", "Mazzoleni", "Bianchi", "Tedeschi", "Sorrentino"]),
        (["Wouter", "Femke", "Joost", "Maartje", "Sjoerd", "Anouk", "Gijs", "Lieke", "Bart", "Hanneke"],
         ["Verbruggen", "van Houten", "de Wilde", "Bakker", "Kuipers", "van der Steen", "Hoogendoorn", "Visser", "Brinkman"]),
        (["Grażyna", "Wiesław", "Bożena", "Przemysław", "Agnieszka", "Tomasz", "Jadwiga", "Radosław", "Małgorzata", "Zdzisław"],
         ["Wiśniewski", "Grzybowska", "Kaczmarek", "Nowak", "Przybylski", "Zawadzka", "Sobczak", "Chmielewski", "Kowalczyk"]),
        (["Ingegerd", "Torbjörn", "Sigrid", "Leif", "Astrid", "Ragnhild", "Björn", "Solveig", "Halvard", "Eira"],
         ["Lindqvist", "Bergström", "Haugland", "Sandvik", "Andersson", "Fjeldstad", "Nyström", "Holmgren", "Rasmussen", "Dahl"]),
        (["Conceição", "Thiago", "Gislaine", "Wellington", "Ana", "Raimundo", "Jussara", "Cleiton", "Francisca", "Anderson"],
         ["Albuquerque", "Cavalcanti", "Nascimento", "Figueiredo", "Silva", "Bezerra", "Magalhães", "Oliveira", "Queiroz", "Peixoto"]),
        (["Всеволод", "Людмила", "Ярослав", "Зинаида", "Дмитрий", "Алёна"], ["Воронцов", "Преображенская", "Кузнецов", "Белоусова", "Смирнов"]),
        (["Haruki", "Chihiro", "Ren", "Misaki", "Daisuke", "Natsuki", "Kaito", "Sayaka"], ["Takeuchi", "Nishida", "Kaneko", "Tanaka", "Matsuoka", "Ishihara"]),
        (["Zixuan", "Yichen", "Meiling", "Jianguo", "Xiuying", "Haoran"], ["Zhang", "Liang", "Guo", "Xu", "Luo", "Zheng"]),
        (["Seo-yeon", "Ji-hoon", "Min-ji", "Dong-hyun", "Ha-eun"], ["Kim", "Park", "Choi", "Jang", "Baek"]),
        (["Aarushi", "Vihaan", "Ishaan", "Meenakshi", "Raghav", "Kavya", "Siddharth", "Padma"], ["Raghunathan", "Chakraborty", "Deshpande", "Sharma", "Iyengar", "Bhattacharya"]),
        (["Yusuf", "Layla", "Tariq", "Rania", "Karim", "Samira", "Bashir", "Nadia"], ["Al-Khouri", "Haddad", "Nasrallah", "El-Masri", "Hassan", "Qasim"]),
        (["Chiamaka", "Oluwadamilare", "Ngozi", "Babajide", "Kwabena", "Efua", "Wanjiru", "Thandiwe"], ["Adeyemi", "Okonkwo", "Mensah", "Nwachukwu", "Ochieng", "Dlamini"]),
        (["Thi Lan", "Quang", "Ngoc Anh", "Minh Tuan"], ["Nguyen", "Tran", "Pham", "Vo"]),
        (["Ayşegül", "Oğuz", "Gülşen", "Tuncay", "Emine"], ["Karaca", "Yıldırım", "Öztürk", "Aksoy", "Kaya"]),
    ];

    private static readonly string[] ChineseFullNames = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄晓明", "周杰", "吴桂英", "徐志强", "孙丽"];

    private static readonly string[] JapaneseFullNames = ["山田 太郎", "鈴木 花子", "高橋 健", "田中 美咲", "渡辺 翔太", "伊藤 さくら", "中村 大輔"];

    private static readonly string[] KoreanFullNames = ["김지훈", "이서연", "박민준", "최유진", "정하은", "강동현"];

    private (string Given, string Family) Person()
    {
        var (given, family) = Pick(Locales);
        return (Pick(given), Pick(family));
    }

    public string GivenName() => Person().Given;

    public string FamilyName() => Person().Family;

    public string FullName() => Int(0, 20) switch
    {
        0 => Pick(ChineseFullNames),
        1 => Pick(JapaneseFullNames),
        2 => Pick(KoreanFullNames),
        3 or 4 => Reversed(),
        _ => Natural(),
    };

    public string Natural()
    {
        var (given, family) = Person();
        return Chance(10) ? $"{given} {Upper(1)}. {family}" : $"{given} {family}";
    }

    public string Reversed()
    {
        var (given, family) = Person();
        return $"{family}, {given}";
    }

    public string Hl7Name()
    {
        var (given, family) = Person();
        return Chance(50) ? $"{family.ToUpperInvariant()}^{given.ToUpperInvariant()}" : $"{family}^{given}^^^{Pick(new[] { "Mr", "Ms", "Dr" })}";
    }

    public string Mailbox()
    {
        var (given, family) = Person();
        return $"{given} {family} <{EmailFor(given, family)}>";
    }
}
