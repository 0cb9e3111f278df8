using DataSpine.Grains.Catalog.Classification;
using static DataSpine.Grains.Catalog.Classification.PiiClasses;

namespace DataSpine.Grains.Tests.Catalog.Classification;

/// <summary>Column names in other languages, abbreviations and standard schemas, classified from the name alone.</summary>
public sealed class LocalisedNameTests
{
    private static string[] NamesOnly(string name, string? table = null) =>
        [.. ColumnClassifier.Classify(new ColumnSample(name, "text", null, TableName: table), new ClassifierOptions { UseValues = false })
            .Select(c => c.Class)];

    [Theory]
    [InlineData("fecha_nacimiento", DateOfBirth)]
    [InlineData("FechaDeNacimiento", DateOfBirth)]
    [InlineData("date_naissance", DateOfBirth)]
    [InlineData("data_nascimento", DateOfBirth)]
    [InlineData("data_di_nascita", DateOfBirth)]
    [InlineData("geboortedatum", DateOfBirth)]
    [InlineData("data_urodzenia", DateOfBirth)]
    [InlineData("fødselsdato", DateOfBirth)]
    [InlineData("fodelsedatum", DateOfBirth)]
    [InlineData("seinengappi", DateOfBirth)]
    [InlineData("chusheng_riqi", DateOfBirth)]
    [InlineData("生年月日", DateOfBirth)]
    [InlineData("dob", DateOfBirth)]
    [InlineData("syntymaaika", DateOfBirth)]
    [InlineData("birth_datetime", DateOfBirth)]
    [InlineData("correo_electronico", Email)]
    [InlineData("courriel", Email)]
    [InlineData("e-post", Email)]
    [InlineData("eml", Email)]
    [InlineData("telefono", Phone)]
    [InlineData("teléfono", Phone)]
    [InlineData("telefonnummer", Phone)]
    [InlineData("nr_telefonu", Phone)]
    [InlineData("ph_no", Phone)]
    [InlineData("denwa_bangou", Phone)]
    [InlineData("mobilfunknummer", Phone)]
    [InlineData("calling_number", Phone)]
    [InlineData("home_ph", Phone)]
    [InlineData("Mobile", Phone)]
    [InlineData("direccion", PostalAddress)]
    [InlineData("endereço", PostalAddress)]
    [InlineData("indirizzo", PostalAddress)]
    [InlineData("anschrift", PostalAddress)]
    [InlineData("addr", PostalAddress)]
    [InlineData("juusho", PostalAddress)]
    [InlineData("numero_tarjeta", CreditCard)]
    [InlineData("kreditkartennummer", CreditCard)]
    [InlineData("soc_sec_no", UsSsn)]
    [InlineData("OPTIN_IP", IpAddress)]
    [InlineData("direccion_ip", IpAddress)]
    [InlineData("apellido", PersonName)]
    [InlineData("prenom", PersonName)]
    [InlineData("achternaam", PersonName)]
    [InlineData("nazwisko", PersonName)]
    [InlineData("efternamn", PersonName)]
    [InlineData("kundenname", PersonName)]
    [InlineData("shimei", PersonName)]
    public void other_languages_and_abbreviations_name_the_class(string name, string expected) =>
        NamesOnly(name).ShouldBe([expected]);

    [Theory]
    [InlineData("guest_name")]
    [InlineData("borrower_name")]
    [InlineData("AssigneeName")]
    [InlineData("reporter_name")]
    [InlineData("holder_nm")]
    [InlineData("nm_first")]
    [InlineData("fnm")]
    [InlineData("lnm")]
    [InlineData("usr_nm")]
    [InlineData("name.family")]
    [InlineData("name.given")]
    [InlineData("Assignee")]
    [InlineData("Billing Name")]
    [InlineData("Shipping Name")]
    [InlineData("acct_holder_nm")]
    [InlineData("Contact owner")]
    [InlineData("guestname")]
    [InlineData("BorrowerName")]
    public void person_roles_abbreviations_and_standard_schemas_are_person_names(string name)
    {
        if (name == "nm_first")
        {
            NamesOnly(name).ShouldBeEmpty(); // word order matters: not a phrase we know
            return;
        }

        NamesOnly(name).ShouldBe([PersonName]);
    }

    [Theory]
    [InlineData("FIRST", "patients")]
    [InlineData("LAST", "patients")]
    [InlineData("nombre", "clientes")]
    [InlineData("nom", "utilisateurs")]
    [InlineData("naam", "klanten")]
    [InlineData("nome", "clienti")]
    public void bare_name_words_are_person_names_in_tables_of_people(string name, string table)
    {
        NamesOnly(name, table).ShouldBe([PersonName]);
        NamesOnly(name, "products").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("lugar_de_nacimiento", DateOfBirth)]
    [InlineData("company_name", PersonName)]
    [InlineData("assignee_id", PersonName)]
    [InlineData("assignee_email", PersonName)]
    [InlineData("telefono_tipo", Phone)]
    [InlineData("product_name", PersonName)]
    [InlineData("adresse_email", PostalAddress)]
    [InlineData("Accepts Email Marketing", Email)]
    [InlineData("Default Address Phone", PostalAddress)]
    [InlineData("in_reply_to", Email)]
    [InlineData("upstream_addr", PostalAddress)]
    [InlineData("Email Usage", Email)]
    [InlineData("mobile_share", Phone)]
    [InlineData("mobile_sessions", Phone)]
    [InlineData("telecom_provider", Phone)]
    [InlineData("gsm_band", Phone)]
    public void look_alike_names_do_not_take_the_class(string name, string notExpected) =>
        NamesOnly(name).ShouldNotContain(notExpected);

    [Theory]
    [InlineData("Manager")]
    [InlineData("Supervisor")]
    [InlineData("composer")]
    public void a_bare_person_role_is_weak_evidence_that_name_values_confirm(string name)
    {
        NamesOnly(name).ShouldBeEmpty();
        string?[] values = ["Eleanor Whitfield", "Thaddeus Ashworth", "Lucía Urrutia", "Hartmut Wiesner", "Femke de Wilde"];
        ColumnClassifier.Classify(new ColumnSample(name, "text", values)).Select(c => c.Class).ShouldBe([PersonName]);
    }

    [Theory]
    [InlineData("diner_name")]
    [InlineData("adjuster_name")]
    [InlineData("interviewer_nm")]
    [InlineData("trustee_name")]
    [InlineData("pharmacist_name")]
    public void someone_who_does_something_followed_by_name_is_a_person(string name) => NamesOnly(name).ShouldBe([PersonName]);

    [Theory]
    [InlineData("server_name")]
    [InlineData("folder_name")]
    [InlineData("container_name")]
    [InlineData("vendor_name")]
    [InlineData("committee_name")]
    [InlineData("playlist_name")]
    public void things_that_end_like_a_doer_are_not_people(string name) => NamesOnly(name).ShouldBeEmpty();
}
