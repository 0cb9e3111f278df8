namespace DataSpine.Grains.Catalog.Classification;

internal static partial class LocalisedPhrases
{
    public static readonly string[] EmailStrong =
    [
        "e mail", "email addr", "mail addr", "email adres", "emailadres", "e mailadres", "email adresse",
        "emailadresse", "correo", "correo electronico", "correo electrónico", "courriel", "adresse electronique",
        "adresse électronique", "endereco email", "endereço de email", "endereco de email",
        "correio eletronico", "correio eletrónico", "indirizzo email", "posta elettronica", "adres email",
        "adres e mail", "e post", "epost", "epostadress", "e postadress", "sähköposti", "sahkoposti",
        "eposta", "e posta", "elektronnaya pochta", "электронная почта", "почта", "meeru", "meeru adoresu",
        "meruado", "メールアドレス", "メール", "youxiang", "dianzi youjian", "dianziyouxiang", "邮箱", "电子邮件",
        "电子邮箱", "이메일", "imeil",
    ];

    public static readonly string[] PhoneStrong =
    [
        // English abbreviations
        "ph no", "ph num", "ph nr", "phn", "phn no", "phone no", "tel no", "telno", "tel nr", "mob", "mob no",
        "mobno", "mob num", "cell no", "cellno", "telecom", "home ph", "work ph", "cell ph", "mob ph", "office ph",
        "landline",
        // es, pt, it
        "telefono", "teléfono", "tel fijo", "telefono movil", "móvil", "movil", "celular", "no telefono",
        "num telefono", "numero telefono", "número de teléfono", "numero de telefono", "nro telefono",
        "telefone", "telemovel", "telemóvel", "numero de telefone", "cellulare", "numero di telefono",
        // fr, nl, de
        "téléphone", "telephone", "num tel", "no tel", "numéro de téléphone", "telefoon",
        "telefoonnummer", "mobiel", "mobiele nummer", "telefon", "telefonnummer", "handy", "handynummer",
        "rufnummer", "mobilnummer", "festnetz", "mobilfunknummer", "mobilfunk", "mobiltelefonnummer",
        // pl, Scandinavian, fi, tr, id
        "nr telefonu", "numer telefonu", "telefon komórkowy", "komórka", "komorka", "mobiltelefon", "tlf",
        "tlf nr", "tlfnr", "puhelin", "puhelinnumero", "matkapuhelin", "cep telefonu", "no hp", "nomor telepon",
        "telp", "no telp",
        // ru, el, ja, zh, ko
        "телефон", "номер телефона", "tilefono", "τηλέφωνο", "denwa", "denwa bangou", "denwabangou",
        "denwa bango", "keitai", "keitai bangou", "電話番号", "電話", "携帯電話", "dianhua", "shouji",
        "lianxi dianhua", "电话", "手机", "联系电话", "jeonhwa", "jeonhwabeonho", "전화번호", "휴대폰",
    ];

    public static readonly string[] PhoneWeak = ["mobil", "fixo", "fijo", "cel", "portable", "gsm"];

    public static readonly string[] AddressStrong =
    [
        "adr", "adrs", "addr line", "street addr", "st addr", "strt addr",
        // es, pt, it
        "direccion", "dirección", "domicilio", "direccion postal", "calle", "endereco", "endereço", "morada",
        "logradouro", "indirizzo", "indirizzo postale", "residenza",
        // fr, nl, de
        "adresse", "adresse postale", "adresse ligne", "rue", "adres", "straat", "straatnaam", "woonadres",
        "postadres", "anschrift", "straße", "strasse", "wohnadresse", "postanschrift",
        // pl, Scandinavian, fi, tr
        "adres zamieszkania", "ulica", "adress", "gatuadress", "gateadresse", "postadresse", "postadress",
        "osoite", "katuosoite", "lahiosoite", "lähiosoite", "adresi",
        // ru, el, ja, zh, ko
        "адрес", "διεύθυνση", "juusho", "jusho", "jyusho", "住所", "dizhi", "zhuzhi", "地址", "住址", "juso", "주소",
    ];
}
