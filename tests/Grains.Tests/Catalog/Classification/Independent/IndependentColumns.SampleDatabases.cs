using static DataSpine.Grains.Catalog.Classification.PiiClasses;

namespace DataSpine.Grains.Tests.Catalog.Classification;

internal static partial class IndependentColumns
{
    // Modelled on the public Sakila, Northwind, Chinook and AdventureWorks sample databases.
    private static void AddSampleDatabases(Builder set)
    {
        set.Table("actor")
            .Col("first_name", "varchar(45)", g => g.GivenName().ToUpperInvariant(), PersonName)
            .Col("last_name", "varchar(45)", g => g.FamilyName().ToUpperInvariant(), PersonName)
            .Col("last_update", "timestamp", g => g.Timestamp());
        set.Table("customer")
            .Col("first_name", "varchar(45)", g => g.GivenName(), PersonName)
            .Col("last_name", "varchar(45)", g => g.FamilyName(), PersonName)
            .Col("email", "varchar(50)", g => g.Email(), Email)
            .Col("address_id", "smallint", g => g.Count())
            .Col("create_date", "datetime", g => g.Timestamp());
        set.Table("staff")
            .Col("first_name", "varchar(45)", g => g.GivenName(), PersonName)
            .Col("last_name", "varchar(45)", g => g.FamilyName(), PersonName)
            .Col("email", "varchar(50)", g => g.Email(), Email)
            .Col("username", "varchar(16)", g => g.Username())
            .Col("password", "varchar(40)", g => g.Sha1());
        set.Table("address")
            .Col("address", "varchar(50)", g => g.Address(), PostalAddress)
            .Col("district", "varchar(20)", g => g.City())
            .Col("postal_code", "varchar(10)", g => g.Postcode())
            .Col("phone", "varchar(20)", g => g.Phone(), Phone)
            .Col("location", "geometry", g => g.Coordinate());
        set.Table("film")
            .Col("title", "varchar(255)", g => g.Title().ToUpperInvariant())
            .Col("rental_rate", "decimal(4,2)", g => g.Money())
            .Col("release_year", "year", g => IndependentValues.F($"{g.Int(1990, 2025)}"));

        set.Table("Customers")
            .Col("CompanyName", "nvarchar(40)", g => g.Company())
            .Col("ContactName", "nvarchar(30)", g => g.Natural(), PersonName)
            .Col("ContactTitle", "nvarchar(30)", g => g.Pick(new[] { "Sales Representative", "Owner", "Marketing Manager", "Accounting Manager" }))
            .Col("Address", "nvarchar(60)", g => g.Address(), PostalAddress)
            .Col("City", "nvarchar(15)", g => g.City())
            .Col("PostalCode", "nvarchar(10)", g => g.Postcode())
            .Col("Country", "nvarchar(15)", g => g.Country())
            .Col("Phone", "nvarchar(24)", g => g.Phone(), Phone)
            .Col("Fax", "nvarchar(24)", g => g.Phone(), Phone);
        set.Table("Employees")
            .Col("LastName", "nvarchar(20)", g => g.FamilyName(), PersonName)
            .Col("FirstName", "nvarchar(10)", g => g.GivenName(), PersonName)
            .Col("TitleOfCourtesy", "nvarchar(25)", g => g.Pick(new[] { "Ms.", "Dr.", "Mr.", "Mrs." }))
            .Col("BirthDate", "datetime", g => g.BirthDate("yyyy-MM-dd 00:00:00"), DateOfBirth)
            .Col("HireDate", "datetime", g => g.RecentDate() + " 00:00:00")
            .Col("HomePhone", "nvarchar(24)", g => g.Phone(), Phone)
            .Col("Extension", "nvarchar(4)", g => g.Extension())
            .Col("Notes", "ntext", g => g.Note());
        set.Table("Orders")
            .Col("ShipName", "nvarchar(40)", g => g.Company())
            .Col("ShipAddress", "nvarchar(60)", g => g.Address(), PostalAddress)
            .Col("ShipCity", "nvarchar(15)", g => g.City())
            .Col("Freight", "money", g => g.Money());
        set.Table("Suppliers")
            .Col("ContactName", "nvarchar(30)", g => g.FullName(), PersonName)
            .Col("HomePage", "ntext", g => g.Url());

        set.Table("Customer")
            .Col("FirstName", "nvarchar(40)", g => g.GivenName(), PersonName)
            .Col("LastName", "nvarchar(20)", g => g.FamilyName(), PersonName)
            .Col("Company", "nvarchar(80)", g => g.Company())
            .Col("Address", "nvarchar(70)", g => g.Address(), PostalAddress)
            .Col("State", "nvarchar(40)", g => g.Pick(new[] { "SP", "CA", "ON", "NSW", "BY" }))
            .Col("Phone", "nvarchar(24)", g => g.Phone(), Phone)
            .Col("Email", "nvarchar(60)", g => g.Email(), Email)
            .Col("SupportRepId", "int", g => g.Count());
        set.Table("Invoice")
            .Col("BillingAddress", "nvarchar(70)", g => g.Address(), PostalAddress)
            .Col("BillingPostalCode", "nvarchar(10)", g => g.Postcode())
            .Col("Total", "numeric(10,2)", g => g.Money());
        set.Table("Track")
            .Col("Name", "nvarchar(200)", g => g.Title())
            .Col("Composer", "nvarchar(220)", g => g.Natural(), PersonName)
            .Col("Milliseconds", "int", g => IndependentValues.F($"{g.Int(60_000, 600_000)}"));

        set.Table("Person")
            .Col("FirstName", "nvarchar(50)", g => g.GivenName(), PersonName)
            .Col("MiddleName", "nvarchar(50)", g => g.Chance(50) ? g.Upper(1) + "." : g.GivenName(), PersonName)
            .Col("LastName", "nvarchar(50)", g => g.FamilyName(), PersonName)
            .Col("Suffix", "nvarchar(10)", g => g.Pick(new[] { "Jr.", "Sr.", "II", "PhD" }))
            .Col("EmailPromotion", "int", g => IndependentValues.F($"{g.Int(0, 3)}"));
        set.Table("EmailAddress").Col("EmailAddress", "nvarchar(50)", g => g.Email(), Email);
        set.Table("PersonPhone")
            .Col("PhoneNumber", "nvarchar(25)", g => g.Phone(), Phone)
            .Col("PhoneNumberTypeID", "int", g => IndependentValues.F($"{g.Int(1, 4)}"));
        set.Table("Address")
            .Col("AddressLine1", "nvarchar(60)", g => g.Address(), PostalAddress)
            .Col("AddressLine2", "nvarchar(60)", g => IndependentValues.F($"{g.Pick(new[] { "Suite", "Unit", "Apt", "Floor" })} {g.Int(1, 900)}"), PostalAddress)
            .Col("SpatialLocation", "geography", g => g.Coordinate());
        set.Table("Employee")
            .Col("LoginID", "nvarchar(256)", g => "adventure-works\\" + g.Username())
            .Col("JobTitle", "nvarchar(50)", g => g.Pick(new[] { "Design Engineer", "Buyer", "Production Technician", "Sales Manager" }))
            .Col("BirthDate", "date", g => g.BirthDate("yyyy-MM-dd"), DateOfBirth)
            .Col("HireDate", "date", g => g.RecentDate());
        set.Table("CreditCard")
            .Col("CardType", "nvarchar(50)", g => g.Pick(new[] { "Vista", "SuperiorCard", "Distinguish", "ColonialVoice" }))
            .Col("CardNumber", "nvarchar(25)", g => g.Card(), CreditCard)
            .Col("ExpYear", "smallint", g => IndependentValues.F($"{g.Int(2025, 2032)}"));
        set.Table("SalesOrderHeader")
            .Col("SalesOrderNumber", "nvarchar(25)", g => "SO" + g.Digits(5))
            .Col("PurchaseOrderNumber", "nvarchar(25)", g => "PO" + g.Digits(11))
            .Col("AccountNumber", "nvarchar(15)", g => $"10-4020-{g.Digits(6)}")
            .Col("CreditCardApprovalCode", "varchar(15)", g => g.Digits(6) + "Vi" + g.Digits(5));
    }
}
