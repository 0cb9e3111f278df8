using DataSpine.Grains.Catalog.Classification;

namespace DataSpine.Grains.Tests.Catalog.Classification;

public sealed class PersonNameValueTests
{
    [Theory]
    [InlineData("Maria Fernández")]
    [InlineData("Kowalski, Anna")]
    [InlineData("SMITH^JOHN^A")]
    [InlineData("Dr. Jan van der Berg")]
    [InlineData("Ann Lee <ann.lee@example.com>")]
    [InlineData("\"Okafor, Chinedu\" <c.okafor@example.org>")]
    [InlineData("Giulia")]
    [InlineData("Олена Шевченко")]
    [InlineData("王伟")]
    [InlineData("欧阳娜娜")]
    [InlineData("佐藤太郎")]
    [InlineData("佐藤 花子")]
    [InlineData("김민준")]
    [InlineData("Park Ji-hoon")] // Park is a family name, not only a street word
    [InlineData("Nguyễn Văn An")]
    [InlineData("Anna-Lena Müller-Lüdenscheidt")]
    [InlineData("Всеволод Преображенский")] // family-name endings for names no list holds
    [InlineData("Zurab Beridzeshvili")]
    [InlineData("Aram Khachatryan")]
    [InlineData("Аврелій Поліщук")]
    [InlineData("Γρηγόριος Ουζουνίδης")]
    [InlineData("გულია მგალობლიშვილი")]
    [InlineData("Przemko Brzęczyszczykiewicz")]
    public void frequent_names_in_person_shapes_are_specific(string value) =>
        PersonNameValue.Match(value).ShouldBe(ValueMatch.Specific);

    [Theory]
    [InlineData("Zebulon Quarrington")]
    [InlineData("Xyzzy Plugh")]
    public void unknown_name_shaped_values_are_generic(string value) =>
        PersonNameValue.Match(value).ShouldBe(ValueMatch.Generic);

    [Theory]
    [InlineData("Black")]
    [InlineData("Curitiba")]
    public void a_lone_word_that_is_not_a_frequent_given_name_says_nothing(string value)
    {
        PersonNameValue.Match(value).ShouldBe(ValueMatch.None);
        PersonNameValue.Contradicts(value).ShouldBeFalse();
    }

    [Fact]
    public void a_city_column_with_a_few_cities_named_like_people_is_not_names()
    {
        string?[] values = ["Austin", "Victoria", "Lisbon", "Osaka", "Leeds", "Austin", "Hamburg", "Chennai", "Victoria", "Lyon", "Bilbao", "Austin"];
        ColumnClassifier.Classify(new ColumnSample("c6", "text", values)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Smith Holdings Ltd")]
    [InlineData("San José")]
    [InlineData("221B Baker Street")]
    [InlineData("ann@example.com")]
    [InlineData("<CAF3x9Q@mail.example.com>")]
    [InlineData("ORD-000123")]
    [InlineData("Oscar Track")]
    [InlineData("Jln. Miller")]
    [InlineData("Ofélia Avenida")]
    [InlineData("Rampa Antonia Marín")]
    public void companies_places_and_other_data_contradict_a_name(string value)
    {
        PersonNameValue.Match(value).ShouldBe(ValueMatch.None);
        PersonNameValue.Contradicts(value).ShouldBeTrue();
    }

    [Theory]
    [InlineData("made in china")]
    [InlineData("Made in China")]
    public void sentences_are_not_names(string value) => PersonNameValue.Match(value).ShouldBe(ValueMatch.None);

    [Theory]
    [InlineData("양양시")]
    [InlineData("강화구")]
    [InlineData("朝阳区")]
    public void east_asian_place_names_are_not_known_names(string value) =>
        PersonNameValue.Match(value).ShouldNotBe(ValueMatch.Specific);

    [Fact]
    public void spaced_hangul_is_a_phrase_not_a_known_name() =>
        PersonNameValue.Match("국내법과 의하여 의하여.").ShouldNotBe(ValueMatch.Specific);

    [Fact]
    public void a_column_of_names_under_an_uninformative_name_is_found_from_values()
    {
        string?[] values =
        [
            "Maria Fernández", "Kowalski, Anna", "James Okafor", "Lena Schmidt", "Wei Zhang", "Priya Sharma",
            "Tomás Silva", "Yuki Tanaka", "Olga Ivanova", "Ahmed Hassan",
        ];
        var result = ColumnClassifier.Classify(new ColumnSample("col7", "text", values)).ShouldHaveSingleItem();
        result.Class.ShouldBe(PiiClasses.PersonName);
        result.Evidence.ShouldHaveSingleItem().Rule.ShouldBe("person_name.value");
    }

    [Fact]
    public void name_and_mailbox_values_get_both_person_name_and_email()
    {
        string?[] values =
        [
            "Ann Lee <ann.lee@example.com>", "Jan de Vries <jan@example.nl>", "Sofia Rossi <s.rossi@example.it>",
            "Kenji Sato <kenji@example.jp>", "Maria Garcia <mgarcia@example.es>",
        ];
        ColumnClassifier.Classify(new ColumnSample("value", "text", values)).Select(c => c.Class)
            .ShouldBe([PiiClasses.Email, PiiClasses.PersonName], ignoreOrder: true);
    }

    [Fact]
    public void unrecognised_names_do_not_undo_a_strong_column_name()
    {
        string?[] values = ["Zebulon Quarrington", "Ilka Veerbeek", "Oyelaran Tofunmi", "Xyzzy Plugh", "Quentavious Bramble"];
        ColumnClassifier.Classify(new ColumnSample("guest_name", "text", values)).ShouldHaveSingleItem().Class.ShouldBe(PiiClasses.PersonName);
    }

    [Fact]
    public void a_column_where_every_value_has_a_name_shape_and_a_third_are_frequent_names_is_names()
    {
        string?[] values =
        [
            "Zebulon Quarrington", "Maria Fernández", "Ilka Veerbeek", "Oyelaran Tofunmi", "Anna Kowalska",
            "Wiebke Hollenbach", "James Okafor", "Quentavious Bramble", "Thaddeus Pemberton", "Lena Schmidt",
        ];
        ColumnClassifier.Classify(new ColumnSample("c4", "text", values)).Select(c => c.Class).ShouldBe([PiiClasses.PersonName]);
    }

    [Fact]
    public void titles_and_job_names_are_not_names_even_when_name_shaped()
    {
        string?[] values = ["Midnight Harbor", "Silent Echoes", "Golden Frontier", "Broken Garden", "Electric Signal", "Design Engineer", "Sales Manager"];
        ColumnClassifier.Classify(new ColumnSample("c5", "text", values)).ShouldBeEmpty();
    }

    [Fact]
    public void company_names_that_look_like_people_do_not_make_a_company_column_names()
    {
        string?[] values = ["Morgan Stanley", "Wells Fargo", "Johnson Controls", "Dean Witter", "Marshall Field", "Goldman Sachs"];
        ColumnClassifier.Classify(new ColumnSample("company_name", "text", values)).ShouldBeEmpty();
        ColumnClassifier.Classify(new ColumnSample("manufacturer", "text", values)).ShouldBeEmpty();
    }
}
