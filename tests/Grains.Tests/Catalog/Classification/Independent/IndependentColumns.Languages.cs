using static DataSpine.Grains.Catalog.Classification.PiiClasses;

namespace DataSpine.Grains.Tests.Catalog.Classification;

internal static partial class IndependentColumns
{
    // Customer, patient and staff tables as they are named in other languages' schemas.
    private static void AddOtherLanguages(Builder set)
    {
        set.Table("clientes")
            .Col("nombre", "varchar(60)", g => g.GivenName(), PersonName)
            .Col("apellidos", "varchar(80)", g => g.FamilyName() + " " + g.FamilyName(), PersonName)
            .Col("fecha_nacimiento", "date", g => g.BirthDate("dd/MM/yyyy"), DateOfBirth)
            .Col("telefono_movil", "varchar(20)", g => g.Phone(), Phone)
            .Col("correo_electronico", "varchar(120)", g => g.Email(), Email)
            .Col("direccion", "varchar(200)", g => g.Address(), PostalAddress)
            .Col("codigo_postal", "varchar(5)", g => g.Postcode())
            .Col("fecha_alta", "date", g => g.RecentDate())
            .Col("nombre_empresa", "varchar(100)", g => g.Company());
        set.Table("clients")
            .Col("prenom", "varchar(60)", g => g.GivenName(), PersonName)
            .Col("nom", "varchar(60)", g => g.FamilyName(), PersonName)
            .Col("date_de_naissance", "date", g => g.BirthDate("dd/MM/yyyy"), DateOfBirth)
            .Col("telephone_portable", "varchar(20)", g => g.Phone(), Phone)
            .Col("courriel", "varchar(120)", g => g.Email(), Email)
            .Col("adresse_postale", "varchar(200)", g => g.Address(), PostalAddress)
            .Col("code_postal", "varchar(5)", g => g.Postcode())
            .Col("date_creation", "timestamp", g => g.Timestamp());
        set.Table("kunden")
            .Col("vorname", "varchar(60)", g => g.GivenName(), PersonName)
            .Col("nachname", "varchar(60)", g => g.FamilyName(), PersonName)
            .Col("geburtsdatum", "date", g => g.BirthDate("dd.MM.yyyy"), DateOfBirth)
            .Col("telefonnummer", "varchar(30)", g => g.Phone(), Phone)
            .Col("e_mail_adresse", "varchar(120)", g => g.Email(), Email)
            .Col("strasse_hausnummer", "varchar(120)", g => g.Address(), PostalAddress)
            .Col("plz", "varchar(5)", g => g.Postcode())
            .Col("ort", "varchar(60)", g => g.City())
            .Col("kundennummer", "varchar(10)", g => g.ZeroPaddedKey(10))
            .Col("bankverbindung_iban", "varchar(34)", g => g.Iban(), Iban);
        set.Table("klanten")
            .Col("voornaam", "varchar(60)", g => g.GivenName(), PersonName)
            .Col("achternaam", "varchar(60)", g => g.FamilyName(), PersonName)
            .Col("geboortedatum", "date", g => g.BirthDate("dd-MM-yyyy"), DateOfBirth)
            .Col("telefoonnummer", "varchar(20)", g => g.Phone(), Phone)
            .Col("emailadres", "varchar(120)", g => g.Email(), Email)
            .Col("adres", "varchar(200)", g => g.Address(), PostalAddress)
            .Col("woonplaats", "varchar(60)", g => g.City());
        set.Table("klienci")
            .Col("imie", "varchar(60)", g => g.GivenName(), PersonName)
            .Col("nazwisko", "varchar(60)", g => g.FamilyName(), PersonName)
            .Col("data_urodzenia", "date", g => g.BirthDate("yyyy-MM-dd"), DateOfBirth)
            .Col("nr_telefonu", "varchar(20)", g => g.Phone(), Phone)
            .Col("adres_email", "varchar(120)", g => g.Email(), Email)
            .Col("adres_zamieszkania", "varchar(200)", g => g.Address(), PostalAddress)
            .Col("kod_pocztowy", "varchar(6)", g => g.Postcode());
        set.Table("kunder")
            .Col("fornamn", "varchar(60)", g => g.GivenName(), PersonName)
            .Col("efternamn", "varchar(60)", g => g.FamilyName(), PersonName)
            .Col("fodelsedatum", "date", g => g.BirthDate("yyyy-MM-dd"), DateOfBirth)
            .Col("mobilnummer", "varchar(20)", g => g.Phone(), Phone)
            .Col("epost", "varchar(120)", g => g.Email(), Email)
            .Col("gatuadress", "varchar(200)", g => g.Address(), PostalAddress)
            .Col("postnummer", "varchar(6)", g => g.Postcode());
        set.Table("kunder_dk")
            .Col("fornavn", "varchar(60)", g => g.GivenName(), PersonName)
            .Col("efternavn", "varchar(60)", g => g.FamilyName(), PersonName)
            .Col("fodselsdato", "date", g => g.BirthDate("dd-MM-yyyy"), DateOfBirth)
            .Col("tlf_nr", "varchar(20)", g => g.Phone(), Phone);
        set.Table("asiakkaat")
            .Col("etunimi", "varchar(60)", g => g.GivenName(), PersonName)
            .Col("sukunimi", "varchar(60)", g => g.FamilyName(), PersonName)
            .Col("syntymaaika", "date", g => g.BirthDate("dd.MM.yyyy"), DateOfBirth)
            .Col("puhelinnumero", "varchar(20)", g => g.Phone(), Phone)
            .Col("sahkoposti", "varchar(120)", g => g.Email(), Email)
            .Col("katuosoite", "varchar(200)", g => g.Address(), PostalAddress);
        set.Table("clientes_br")
            .Col("nome_completo", "varchar(120)", g => g.FullName(), PersonName)
            .Col("data_nascimento", "date", g => g.BirthDate("dd/MM/yyyy"), DateOfBirth)
            .Col("celular", "varchar(20)", g => g.Phone(), Phone)
            .Col("endereco", "varchar(200)", g => g.Address(), PostalAddress)
            .Col("cep", "varchar(9)", g => g.Postcode())
            .Col("valor_total", "numeric", g => g.Money());
        set.Table("clienti")
            .Col("nome", "varchar(60)", g => g.GivenName(), PersonName)
            .Col("cognome", "varchar(60)", g => g.FamilyName(), PersonName)
            .Col("data_di_nascita", "date", g => g.BirthDate("dd/MM/yyyy"), DateOfBirth)
            .Col("cellulare", "varchar(20)", g => g.Phone(), Phone)
            .Col("indirizzo", "varchar(200)", g => g.Address(), PostalAddress)
            .Col("cap", "varchar(5)", g => g.Postcode())
            .Col("nome_prodotto", "varchar(100)", g => g.ProductName());
        set.Table("kokyaku")
            .Col("shimei", "text", g => g.FullName(), PersonName)
            .Col("seinengappi", "text", g => g.CjkBirthDate(), DateOfBirth)
            .Col("denwa_bangou", "text", g => g.Phone(), Phone)
            .Col("meeru_adoresu", "text", g => g.Email(), Email)
            .Col("juusho", "text", g => g.Address(), PostalAddress)
            .Col("yuubin_bangou", "text", g => g.Postcode());
        set.Table("yonghu")
            .Col("xingming", "text", g => g.FullName(), PersonName)
            .Col("chusheng_riqi", "text", g => g.BirthDate("yyyy-MM-dd"), DateOfBirth)
            .Col("shouji", "text", g => g.Phone(), Phone)
            .Col("youxiang", "text", g => g.Email(), Email)
            .Col("dizhi", "text", g => g.Address(), PostalAddress)
            .Col("zhuangtai", "text", g => g.Status());
    }
}
