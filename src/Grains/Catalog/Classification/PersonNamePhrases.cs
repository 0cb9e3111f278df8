namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Column-name phrases for people's names (issue 20): name parts (first_name, surname, fnm), a person
/// role followed by a name word (guest_name, borrower_nm, kundenname), standard schemas (FHIR
/// name.family, Synthea FIRST/LAST, Jira Assignee) and other languages.
/// </summary>
internal static class PersonNamePhrases
{
    // People a row can refer to; "<role> name" and "<role> nm" name a person.
    private static readonly string[] Roles =
    [
        "customer", "cust", "client", "clnt", "employee", "emp", "patient", "pat", "member", "mbr", "person",
        "contact", "holder", "cardholder", "account holder", "acct holder", "owner", "manager", "mgr", "recipient", "sender",
        "beneficiary", "guardian", "parent", "spouse", "father", "mother", "student", "teacher", "author",
        "applicant", "passenger", "driver", "tenant", "buyer", "signer", "signatory", "doctor", "physician",
        "agent", "candidate", "traveler", "traveller", "insured", "policyholder", "payee", "payer", "guest",
        "borrower", "assignee", "reporter", "requester", "requestor", "approver", "reviewer", "subscriber",
        "donor", "volunteer", "player", "staff", "worker", "nurse", "practitioner", "attendee", "participant",
        "respondent", "caller", "rep", "salesperson", "supervisor", "witness", "resident", "occupant",
        "landlord", "lessee", "shareholder", "billing", "shipping", "bill to", "ship to", "addressee", "attn",
        "assistant", "emergency contact", "next of kin", "kin", "user full", "usr", "user real", "legal",
        "preferred", "birth", "maiden", "middle", "interviewer", "instructor", "coach", "referee",
        "consultant", "therapist", "dentist", "pharmacist", "surgeon", "midwife", "caregiver", "carer", "child",
        "infant", "mom", "dad", "husband", "wife", "partner", "customer contact", "primary contact", "cosigner",
        "co signer", "guarantor", "debtor", "creditor", "claimant", "defendant", "plaintiff", "victim", "submitter",
        "lead", "prospect", "deceased", "decedent", "pcp", "attending", "referring",
        "suspect", "officer", "inspector", "technician", "engineer", "developer", "researcher", "author full",
        "hire", "new hire", "alumni", "alumnus", "graduate", "pupil", "learner", "trainee", "intern",
    ];

    // Words for "name" and its abbreviations.
    private static readonly string[] NameWords = ["name", "nm", "nme"];

    private static readonly string[] PartsAndSchemas =
    [
        "first name", "last name", "middle name", "full name", "given name", "family name", "maiden name",
        "legal name", "surname", "surnames", "forename", "forenames", "christian name", "birth name", "fname",
        "lname", "mname", "firstname", "lastname", "fullname", "givenname", "familyname", "ename", "fnm", "lnm",
        "mnm", "first nm", "last nm", "full nm", "given nm", "fam nm", "frst nm", "frst name", "lst nm",
        "mid nm", "sur nm", "usr nm", "preferred name", "name on card", "name family", "name given",
        "name text", "patient name family", "patient name given", "assignee", "reporter", "requester",
        "requestor", "approver", "assigned to", "maiden", "cardholder", "contact owner", "lead owner", "deal owner",
        "ticket owner", "record owner", "account owner", "case owner", "submitter",
    ];

    private static readonly string[] Foreign =
    [
        // es, pt, it
        "nombre completo", "nombre y apellido", "nombres", "apellido", "apellidos", "primer apellido",
        "segundo apellido", "nombre cliente", "nombre del cliente", "nombre paciente", "nombre empleado",
        "nombre contacto", "nome completo", "sobrenome", "apelido", "nome cliente", "nome do cliente",
        "nome paciente", "nome funcionario", "cognome", "nome e cognome", "nominativo",
        // fr, nl, de
        "prénom", "prenom", "prénoms", "nom de famille", "nom complet", "nom client", "nom du client",
        "nom patient", "nom employe", "nom prenom", "voornaam", "achternaam", "tussenvoegsel", "volledige naam",
        "klantnaam", "naam klant", "roepnaam", "meisjesnaam", "vorname", "nachname", "familienname",
        "geburtsname", "rufname", "kundenname", "mitarbeitername", "patientenname", "vollständiger name",
        // pl, Scandinavian, fi, tr
        "imię", "imie", "nazwisko", "imie nazwisko", "imię i nazwisko", "förnamn", "fornamn", "efternamn",
        "fullständigt namn", "fornavn", "etternavn", "efternavn", "mellomnavn", "mellemnavn", "etunimi",
        "sukunimi", "ad soyad", "soyad", "soyadi", "adi soyadi",
        // ru, el, ja, zh, ko
        "имя", "фамилия", "отчество", "фио", "όνομα", "επώνυμο", "shimei", "namae", "myouji", "myoji",
        "seimei kana", "shimei kana", "furigana", "氏名", "名前", "苗字", "フリガナ", "姓名", "xingming", "mingzi",
        "名字", "seongmyeong", "ireum", "이름", "성명",
    ];

    /// <summary>Words that name a person's name only in a table of people: name, nombre, FIRST, LAST, given.</summary>
    public static readonly string[] BareNameWords =
    [
        "name", "names", "nm", "nombre", "nom", "nome", "naam", "namn", "navn", "nimi", "isim", "first", "last",
        "given", "family", "middle", "xing", "ming", "sei", "mei",
    ];

    public static string[] Strong { get; } =
    [
        .. PartsAndSchemas,
        .. Foreign,
        .. Roles.SelectMany(role => NameWords.Select(word => role + " " + word)),
    ];
}
