namespace DataSpine.Grains.Catalog.Classification;

internal static partial class NameFrequencies
{
    private static readonly string[] MoreFamilyNames =
    [
        // Russian, Ukrainian (romanised)
        "ivanov", "ivanova", "smirnov", "smirnova", "kuznetsov", "kuznetsova", "popov", "popova", "vasiliev",
        "vasilyev", "petrov", "petrova", "sokolov", "sokolova", "mikhailov", "novikov", "fedorov", "fyodorov",
        "morozov", "morozova", "volkov", "volkova", "alekseev", "lebedev", "semenov", "egorov", "pavlov",
        "kozlov", "stepanov", "nikolaev", "orlov", "andreev", "makarov", "nikitin", "zakharov", "zaitsev",
        "solovyov", "borisov", "yakovlev", "grigoriev", "romanov", "vorobyov", "sergeev", "kuzmin", "frolov",
        "shevchenko", "kovalenko", "bondarenko", "tkachenko", "kravchenko", "boyko", "melnyk", "kovalchuk",
        "koval", "oliynyk", "shevchuk", "polishchuk", "lysenko", "marchenko", "savchenko", "rudenko",
        // Turkish, Greek
        "yılmaz", "yilmaz", "kaya", "demir", "şahin", "sahin", "çelik", "celik", "yıldız", "yildiz",
        "yıldırım", "yildirim", "öztürk", "ozturk", "aydın", "aydin", "özdemir", "ozdemir", "arslan", "doğan",
        "dogan", "kılıç", "kilic", "aslan", "çetin", "cetin", "kara", "koç", "koc", "kurt", "özkan", "ozkan",
        "şimşek", "simsek", "papadopoulos", "papadopoulou", "papadakis", "georgiou", "oikonomou",
        "papageorgiou", "nikolaidis", "vlachos", "pappas", "konstantinidis", "dimitriou", "ioannou",
        "karagiannis", "christodoulou", "antoniou", "makris", "alexiou",
        // Arabic, Persian, South Asian (romanised)
        "al-sayed", "el-sayed", "hassan", "hussein", "hussain", "ali", "ahmed", "mohamed", "abdullah",
        "ibrahim", "khalil", "haddad", "khoury", "nasser", "saleh", "mansour", "aziz", "rahman", "karim",
        "hamdan", "farah", "yousef", "abbas", "qureshi", "sheikh", "chaudhry", "malik", "khan", "siddiqui",
        "hosseini", "mohammadi", "ahmadi", "rezaei", "moradi", "karimi", "jafari", "rahimi", "sharma",
        "verma", "gupta", "singh", "kumar", "patel", "shah", "mehta", "joshi", "reddy", "rao", "nair", "iyer",
        "menon", "pillai", "das", "banerjee", "chatterjee", "mukherjee", "bose", "ghosh", "chopra", "kapoor",
        "malhotra", "agarwal", "jain", "desai", "kulkarni", "pandey", "mishra", "yadav", "thakur", "chauhan",
        "bhatt", "naidu", "krishnan", "subramanian", "venkatesh", "hossain", "islam", "akter", "begum",
        // East and South-East Asian (romanised)
        "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu",
        "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng",
        "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng",
        "wei", "su", "lu", "ding", "ren", "shen", "yao", "wong", "chan", "leung", "cheung", "lau", "chow",
        "tsang", "ng", "ho", "lam", "tan", "lim", "ong", "teo", "goh", "chua", "koh", "sato", "satō",
        "suzuki", "takahashi", "tanaka", "watanabe", "ito", "itō", "yamamoto", "nakamura", "kobayashi",
        "kato", "katō", "yoshida", "yamada", "sasaki", "yamaguchi", "matsumoto", "inoue", "kimura",
        "hayashi", "shimizu", "yamazaki", "mori", "abe", "ikeda", "hashimoto", "yamashita", "ishikawa",
        "nakajima", "maeda", "fujita", "ogawa", "goto", "okada", "hasegawa", "murakami", "kondo", "ishii",
        "saito", "sakamoto", "endo", "aoki", "fujii", "nishimura", "fukuda", "ota", "miura", "okamoto",
        "kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "yoon", "yun", "jang", "lim", "han",
        "oh", "seo", "shin", "kwon", "hwang", "ahn", "song", "jeon", "hong", "ko", "moon", "yang", "son",
        "nguyen", "nguyễn", "tran", "trần", "le", "lê", "pham", "phạm", "hoang", "hoàng", "huynh", "phan",
        "vu", "vũ", "vo", "võ", "dang", "đặng", "bui", "bùi", "do", "đỗ", "ngo", "ngô", "duong", "ly",
        "santoso", "wijaya", "susanto", "halim", "gunawan", "hidayat", "setiawan", "kusuma", "siregar",
        "nasution", "lubis", "saputra", "pratama", "reyes", "cruz", "bautista", "ocampo", "mendoza", "santos",
        // African
        "okafor", "okonkwo", "adeyemi", "ogunleye", "adebayo", "okeke", "eze", "nwosu", "obi", "balogun",
        "afolabi", "oyelaran", "mensah", "asante", "owusu", "boateng", "appiah", "osei", "agyeman", "nkosi",
        "dlamini", "ndlovu", "khumalo", "mokoena", "mthembu", "zulu", "mahlangu", "kamau", "mwangi", "otieno",
        "odhiambo", "wanjiku", "kariuki", "njoroge", "mutua", "onyango", "moyo", "banda", "phiri", "tembo",
        "mulenga", "kebede", "tesfaye", "haile", "girma", "bekele", "diallo", "traore", "traoré", "keita",
        "koné", "kone", "coulibaly", "camara", "ndiaye", "diop", "sow", "fall", "ba", "cisse", "cissé",
    ];
}
