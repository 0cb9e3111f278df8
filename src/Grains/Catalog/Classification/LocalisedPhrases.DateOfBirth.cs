namespace DataSpine.Grains.Catalog.Classification;

internal static partial class LocalisedPhrases
{
    public static readonly string[] DateOfBirthStrong =
    [
        // English abbreviations
        "d o b", "bdate", "b date", "brth dt", "brthdt", "birth dt", "dt birth", "dt of birth", "date birth", "bdt",
        // es, pt, it
        "fecha nacimiento", "fecha de nacimiento", "fechanacimiento", "fec nac", "fec nacimiento", "f nacimiento",
        "fecha nac", "fnacimiento", "data nascimento", "data de nascimento", "datanascimento", "dt nascimento",
        "dt nasc", "data nasc", "data di nascita", "data nascita", "datanascita", "dt nascita",
        // fr, nl, de
        "date naissance", "date de naissance", "datenaissance", "date naiss", "dt naissance", "geboortedatum",
        "geboorte datum", "geb datum", "gebdatum", "geburtsdatum", "geburtstag", "geb dat", "gebdat",
        // pl, Scandinavian, fi, tr
        "data urodzenia", "dataurodzenia", "urodziny", "födelsedatum", "födelsedag", "fødselsdato", "fødselsdag",
        "fodelsedatum", "fodselsdato", "syntymäaika", "syntymapaiva", "syntymäpäivä", "doğum tarihi",
        "dogumtarihi",
        // ru, el
        "дата рождения", "датарождения", "ημερομηνία γέννησης", "data rozhdeniya",
        // ja, zh, ko (romanised and in their own script)
        "seinengappi", "seinen gappi", "tanjoubi", "tanjobi", "生年月日", "誕生日", "chusheng riqi", "chushengriqi",
        "出生日期", "shengri", "生日", "saengnyeonwolil", "생년월일",
    ];

    public static readonly string[] DateOfBirthWeak =
    [
        "nacimiento", "naissance", "nascimento", "nascita", "geboorte", "geburt", "urodzenia", "fødsel", "födelse",
        "fodsel", "nac", "nasc",
    ];

    public static readonly string[] DateOfBirthModifiers =
    [
        "lugar", "lieu", "local", "luogo", "ort", "plaats", "miejsce", "sted", "ort", "ciudad", "pais", "pays",
        "paese", "land", "kraj", "tipo", "peso", "poids",
    ];
}
