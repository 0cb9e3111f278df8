using static DataSpine.Grains.Catalog.Classification.PiiClasses;

namespace DataSpine.Grains.Tests.Catalog.Classification;

internal static partial class IndependentColumns
{
    // Modelled on FHIR Patient (flattened), Synthea CSV output, HL7 v2 PID, OMOP CDM, OpenEMR and HR exports.
    private static void AddHealthcareAndHr(Builder set)
    {
        set.Table("patient_flat")
            .Col("id", "varchar(64)", g => g.Uuid())
            .Col("name.family", "text", g => g.FamilyName(), PersonName)
            .Col("name.given", "text", g => g.GivenName(), PersonName)
            .Col("telecom.value", "text", g => g.Phone(), Phone)
            .Col("gender", "text", g => g.Pick(new[] { "male", "female", "other", "unknown" }))
            .Col("birthDate", "date", g => g.BirthDate("yyyy-MM-dd"), DateOfBirth)
            .Col("address.line", "text", g => g.Address(), PostalAddress)
            .Col("address.city", "text", g => g.City())
            .Col("address.postalCode", "text", g => g.Postcode());
        set.Table("patients")
            .Col("Id", "uuid", g => g.Uuid())
            .Col("BIRTHDATE", "date", g => g.BirthDate("yyyy-MM-dd"), DateOfBirth)
            .Col("DEATHDATE", "date", g => g.RecentDate())
            .Col("SSN", "text", g => g.Ssn(), UsSsn)
            .Col("DRIVERS", "text", g => "S999" + g.Digits(5))
            .Col("PREFIX", "text", g => g.Pick(new[] { "Mr.", "Mrs.", "Ms." }))
            .Col("FIRST", "text", g => g.GivenName(), PersonName)
            .Col("LAST", "text", g => g.FamilyName(), PersonName)
            .Col("MAIDEN", "text", g => g.FamilyName(), PersonName)
            .Col("MARITAL", "text", g => g.Pick(new[] { "M", "S", "D", "W" }))
            .Col("BIRTHPLACE", "text", g => $"{g.City()} {g.Country()}")
            .Col("ADDRESS", "text", g => g.Address(), PostalAddress)
            .Col("COUNTY", "text", g => g.City() + " County")
            .Col("LAT", "double", g => g.Coordinate())
            .Col("HEALTHCARE_EXPENSES", "numeric", g => g.Money());
        set.Table("providers")
            .Col("NAME", "text", g => g.Natural(), PersonName)
            .Col("SPECIALITY", "text", g => g.Pick(new[] { "GENERAL PRACTICE", "CARDIOLOGY", "PEDIATRICS" }))
            .Col("ADDRESS", "text", g => g.Address(), PostalAddress);
        set.Table("organizations")
            .Col("NAME", "text", g => g.Company())
            .Col("PHONE", "text", g => g.Phone(), Phone)
            .Col("REVENUE", "numeric", g => g.Money());
        set.Table("adt_pid")
            .Col("pid_3_patient_identifier", "text", g => "MRN" + g.Digits(8))
            .Col("pid_5_patient_name", "text", g => g.Hl7Name(), PersonName)
            .Col("pid_7_date_of_birth", "text", g => g.BirthDate("yyyyMMdd"), DateOfBirth)
            .Col("pid_8_sex", "text", g => g.Pick(new[] { "M", "F", "U" }))
            .Col("pid_11_patient_address", "text", g => g.Address(), PostalAddress)
            .Col("pid_13_phone_home", "text", g => g.Phone(), Phone)
            .Col("pid_19_ssn", "text", g => g.Ssn(), UsSsn);
        set.Table("person")
            .Col("year_of_birth", "integer", g => IndependentValues.F($"{g.Int(1930, 2010)}"))
            .Col("birth_datetime", "timestamp", g => g.BirthDate("yyyy-MM-dd 00:00:00"), DateOfBirth)
            .Col("person_source_value", "varchar(50)", g => g.Uuid())
            .Col("gender_source_value", "varchar(50)", g => g.Pick(new[] { "M", "F" }));
        set.Table("location")
            .Col("address_1", "varchar(50)", g => g.Address(), PostalAddress)
            .Col("zip", "varchar(9)", g => g.Postcode())
            .Col("location_source_value", "varchar(50)", g => g.Hex(10));
        set.Table("patient_data")
            .Col("fname", "varchar(255)", g => g.GivenName(), PersonName)
            .Col("lname", "varchar(255)", g => g.FamilyName(), PersonName)
            .Col("mname", "varchar(255)", g => g.GivenName(), PersonName)
            .Col("DOB", "date", g => g.BirthDate("yyyy-MM-dd"), DateOfBirth)
            .Col("street", "varchar(255)", g => g.Address(), PostalAddress)
            .Col("phone_home", "varchar(255)", g => g.Phone(), Phone)
            .Col("phone_cell", "varchar(255)", g => g.Phone(), Phone)
            .Col("ss", "varchar(255)", g => g.Ssn(), UsSsn)
            .Col("drivers_license", "varchar(255)", g => g.Upper(1) + g.Digits(7))
            .Col("pubpid", "varchar(255)", g => g.Digits(6));

        set.Table("workers")
            .Col("Legal Name", "text", g => g.FullName(), PersonName)
            .Col("Preferred Name", "text", g => g.GivenName(), PersonName)
            .Col("Personal Email", "text", g => g.Email(), Email)
            .Col("Work Phone", "text", g => g.Phone(), Phone)
            .Col("Date of Birth", "text", g => g.BirthDate("MM/dd/yyyy"), DateOfBirth)
            .Col("Home Address", "text", g => g.Address(), PostalAddress)
            .Col("Hire Date", "text", g => g.RecentDate())
            .Col("Manager", "text", g => g.Natural(), PersonName)
            .Col("Cost Center", "text", g => "CC" + g.Digits(4));
        set.Table("bamboo_employees")
            .Col("Employee #", "text", g => g.Digits(4))
            .Col("Mobile Phone", "text", g => g.Phone(), Phone)
            .Col("Home Email", "text", g => g.Email(), Email)
            .Col("Birth Date", "text", g => g.BirthDate(), DateOfBirth)
            .Col("Address Line 1", "text", g => g.Address(), PostalAddress)
            .Col("SSN", "text", g => g.Ssn(), UsSsn)
            .Col("Supervisor", "text", g => g.Reversed(), PersonName)
            .Col("Job Title", "text", g => g.Pick(new[] { "Analyst", "Nurse", "Engineer", "Clerk" }));
        set.Table("employees")
            .Col("first_name", "varchar2(20)", g => g.GivenName(), PersonName)
            .Col("last_name", "varchar2(25)", g => g.FamilyName(), PersonName)
            .Col("email", "varchar2(25)", g => g.Email(), Email)
            .Col("phone_number", "varchar2(20)", g => g.Phone(), Phone)
            .Col("hire_date", "date", g => g.RecentDate())
            .Col("salary", "number(8,2)", g => g.Money())
            .Col("commission_pct", "number(2,2)", g => "0." + g.Digits(2));
        set.Table("locations")
            .Col("street_address", "varchar2(40)", g => g.Address(), PostalAddress)
            .Col("postal_code", "varchar2(12)", g => g.Postcode())
            .Col("state_province", "varchar2(25)", g => g.Pick(new[] { "Bavaria", "Ontario", "Texas", "Sao Paulo" }));
    }
}
