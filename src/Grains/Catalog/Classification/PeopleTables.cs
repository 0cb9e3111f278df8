using System.Collections.Frozen;

namespace DataSpine.Grains.Catalog.Classification;

/// <summary>Table-name words for tables whose rows are people, in English and other languages.</summary>
internal static class PeopleTables
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
    [
        "customer", "customers", "user", "users", "person", "persons", "people", "employee", "employees",
        "contact", "contacts", "patient", "patients", "member", "members", "student", "students", "author",
        "authors", "staff", "client", "clients", "passenger", "passengers", "driver", "drivers", "applicant",
        "applicants", "tenant", "tenants", "guest", "guests", "traveler", "travelers", "actor", "actors",
        "borrower", "borrowers", "subscriber", "subscribers", "lead", "leads", "donor", "donors", "voter",
        "voters", "player", "players", "candidate", "candidates", "practitioner", "practitioners", "provider",
        "providers", "account", "accounts", "individual", "individuals", "resident", "residents", "teacher",
        "teachers", "volunteer", "volunteers", "attendee", "attendees", "participant", "participants", "emp",
        "hr", "personnel", "worker", "workers", "buyer", "buyers", "owner", "owners", "cardholder",
        "cardholders", "policyholder", "policyholders", "insured", "beneficiary", "beneficiaries", "emergency",
        "relatedperson", "humanname", "staffs", "reader", "readers", "visitor", "visitors",
        // other languages
        "cliente", "clientes", "kunde", "kunden", "klant", "klanten", "klient", "klienci", "kunder", "asiakas",
        "asiakkaat", "usuario", "usuarios", "utilisateur", "utilisateurs", "benutzer", "gebruiker", "gebruikers",
        "uzytkownik", "uzytkownicy", "anvandare", "brukere", "paciente", "pacientes", "patienten", "pazienti",
        "paziente", "patienter", "clienti", "utenti", "utente", "dipendenti",
        "dipendente", "soci", "iscritti", "empleado", "empleados", "funcionario", "funcionarios", "employe", "employes",
        "salarie", "salaries", "mitarbeiter", "medewerker", "medewerkers", "pracownik", "pracownicy", "anstallda",
        "ansatte", "persona", "personas", "personne", "personnes", "personen", "persone", "pessoa", "pessoas",
        "osoba", "osoby", "contacto", "contactos", "kontakt", "kontakte", "contatti", "miembro", "miembros",
        "membre", "membres", "mitglied", "mitglieder", "leden", "socio", "socios", "aluno", "alunos", "alumno",
        "alumnos", "etudiant", "etudiants", "studenten", "studenti", "studenci", "huesped", "huespedes",
        "kokyaku", "kaiin", "shain", "kanja", "yonghu", "kehu", "yuangong", "huanzhe", "клиенты", "сотрудники",
    ]);

    public static bool Contains(ColumnName table) => table.HasAny(Words);
}
