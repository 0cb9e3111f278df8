using static DataSpine.Grains.Catalog.Classification.PiiClasses;

namespace DataSpine.Grains.Tests.Catalog.Classification;

internal static partial class IndependentColumns
{
    // Batch C: written last, after every detector change, and run once; reported with its first run.
    private static void AddBatchC(Builder set)
    {
        set.Table("restaurant_reservations")
            .Col("diner_name", "text", g => g.TypedName(), PersonName)
            .Col("diner_phone", "text", g => g.Phone(), Phone)
            .Col("party_size", "integer", g => g.Int(1, 12).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Col("special_requests", "text", g => g.Note())
            .Col("reservation_time", "timestamp", g => g.Timestamp());
        set.Table("gym_members")
            .Col("member_first", "text", g => g.GivenName(), PersonName)
            .Col("member_last", "text", g => g.FamilyName(), PersonName)
            .Col("member_email", "text", g => g.Email(), Email)
            .Col("membership_tier", "text", g => g.Pick(new[] { "gold", "silver", "basic" }))
            .Col("checkins", "integer", g => g.Count());
        set.Table("donations")
            .Col("donor_name", "text", g => g.FullName(), PersonName)
            .Col("donor_email", "text", g => g.TypedEmail(), Email)
            .Col("gift_amount", "numeric", g => g.Money())
            .Col("gift_date", "date", g => g.RecentDate())
            .Col("campaign", "text", g => g.Title() + " Appeal");
        set.Table("insurance_claims")
            .Col("claimant_name", "text", g => g.Natural(), PersonName)
            .Col("claimant_dob", "date", g => g.BirthDate(), DateOfBirth)
            .Col("policy_number", "text", g => "POL-" + g.Digits(8))
            .Col("claim_amount", "numeric", g => g.Money())
            .Col("adjuster_name", "text", g => g.Natural(), PersonName)
            .Col("loss_address", "text", g => g.Address(), PostalAddress);
        set.Table("parcel_deliveries")
            .Col("recipient_name", "text", g => g.TypedName(), PersonName)
            .Col("recipient_phone", "text", g => g.NationalPhone(), Phone)
            .Col("delivery_address", "text", g => g.MultilineAddress(), PostalAddress)
            .Col("parcel_id", "text", g => g.Tracking())
            .Col("courier", "text", g => g.Pick(new[] { "DPD", "GLS", "Hermes", "Royal Mail" }));
        set.Table("kyc_checks")
            .Col("full_legal_name", "text", g => g.FullName(), PersonName)
            .Col("date_of_birth", "text", g => g.BirthDate(), DateOfBirth)
            .Col("nationality", "text", g => g.Country())
            .Col("passport_no", "text", g => g.Upper(2) + g.Digits(7))
            .Col("residential_address", "text", g => g.Address(), PostalAddress)
            .Col("payout_iban", "text", g => g.Iban(), Iban)
            .Col("risk_score", "numeric", g => g.Percent());
        set.Table("export_clients_fr")
            .Col("civilite", "text", g => g.Pick(new[] { "M.", "Mme", "Mlle" }))
            .Col("nom_complet", "text", g => g.Natural(), PersonName)
            .Col("tel_mobile", "text", g => g.Phone(), Phone)
            .Col("adresse_complete", "text", g => g.Address(), PostalAddress)
            .Col("code_client", "text", g => "C" + g.Digits(6));
        set.Table("untitled_upload")
            .Col("f1", "text", g => g.IPv4(), IpAddress)
            .Col("f2", "text", g => g.TypedEmail(), Email)
            .Col("f3", "text", g => g.Phone(), Phone)
            .Col("f4", "text", g => g.Reversed(), PersonName)
            .Col("f5", "text", g => g.Address(), PostalAddress)
            .Col("f6", "text", g => g.Card(), CreditCard)
            .Col("f7", "text", g => g.SemVer())
            .Col("f8", "text", g => g.Company());
        set.Table("telemetry")
            .Col("build_id", "text", g => g.FourPartVersion())
            .Col("firmware_rev", "text", g => g.FourPartVersion())
            .Col("message_ref", "text", g => g.MessageId())
            .Col("sku_code", "text", g => g.Sku())
            .Col("order_ref", "text", g => g.ZeroPaddedKey(10))
            .Col("lat_lng", "text", g => g.Coordinate() + "," + g.Coordinate())
            .Col("device_mac", "text", g => g.Mac());
        set.Table("email_campaigns")
            .Col("campaign_name", "text", g => g.Title())
            .Col("open_rate", "text", g => g.Percent())
            .Col("sender_domain", "text", g => g.EmailDomain())
            .Col("email_count", "integer", g => g.Count())
            .Col("phone_opt_in", "boolean", g => g.Pick(new[] { "true", "false" }))
            .Col("address_country", "text", g => g.Country());
    }
}
