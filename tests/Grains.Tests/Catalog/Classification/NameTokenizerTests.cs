using DataSpine.Grains.Catalog.Classification;

namespace DataSpine.Grains.Tests.Catalog.Classification;

public sealed class NameTokenizerTests
{
    [Theory]
    [InlineData("first_name", "first name")]
    [InlineData("firstName", "first name")]
    [InlineData("FirstName", "first name")]
    [InlineData("first-name", "first name")]
    [InlineData("First Name", "first name")]
    [InlineData("CUSTOMER_EMAIL", "customer email")]
    [InlineData("SSNNumber", "ssn number")]
    [InlineData("IPv4Address", "ipv4 address")]
    [InlineData("IPAddress", "ip address")]
    [InlineData("ip_v6", "ipv6")]
    [InlineData("eMail", "email")]
    [InlineData("e_mail", "email")]
    [InlineData("DoB", "dob")]
    [InlineData("address1", "address")]
    [InlineData("address_line_2", "address line 2")]
    [InlineData("phone2", "phone")]
    [InlineData("card_last4", "card last4")]
    [InlineData("card_last_4", "card last4")]
    [InlineData("firstname", "first name")]
    [InlineData("dateofbirth", "date of birth")]
    [InlineData("emailaddress", "email address")]
    [InlineData("cust_email", "cust email")]
    [InlineData("usr.phone", "usr phone")]
    public void splits_names_into_words(string name, string expected) =>
        string.Join(' ', NameTokenizer.Tokenize(name)).ShouldBe(expected);

    [Theory]
    [InlineData("shipping_method", "shipping method")]
    [InlineData("description", "description")]
    [InlineData("tip_amount", "tip amount")]
    [InlineData("zipcode", "zip code")]
    [InlineData("membership", "membership")]
    public void never_finds_a_word_inside_another(string name, string expected)
    {
        string.Join(' ', NameTokenizer.Tokenize(name)).ShouldBe(expected);
        NameTokenizer.Tokenize(name).ShouldNotContain("ip");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  _-_ ")]
    public void empty_names_have_no_tokens(string? name) => NameTokenizer.Tokenize(name).ShouldBeEmpty();
}
