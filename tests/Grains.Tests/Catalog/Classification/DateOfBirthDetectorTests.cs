using DataSpine.Grains.Catalog.Classification;

namespace DataSpine.Grains.Tests.Catalog.Classification;

public sealed class DateOfBirthDetectorTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("1985-03-12")]
    [InlineData("03/12/1985")]
    [InlineData("12.03.1985")]
    [InlineData("19850312")]
    [InlineData("12 Mar 1985")]
    [InlineData("March 12, 1985")]
    [InlineData("1985-03-12 00:00:00")]
    [InlineData("1985-03-12T00:00:00Z")]
    [InlineData("03/12/85")]
    [InlineData("03/12/45")] // two-digit years are in the past: 1945
    public void past_calendar_dates_are_plausible(string value) =>
        DateOfBirthDetector.IsPlausibleBirthDate(value, Now).ShouldBeTrue();

    [Theory]
    [InlineData("2027-01-01")] // future
    [InlineData("1880-01-01")] // older than 120 years
    [InlineData("2024-05-06 14:22:01")] // an event timestamp
    [InlineData("1985-13-01")]
    [InlineData("1985")]
    [InlineData("yesterday")]
    public void other_values_are_not(string value) =>
        DateOfBirthDetector.IsPlausibleBirthDate(value, Now).ShouldBeFalse();

    [Fact]
    public void birth_dates_in_unknown_layouts_keep_the_name_and_timestamps_contradict_it()
    {
        string?[] unknown = ["12 de marzo de 1987", "1987年3月12日", "3 mars 1990", "1975年11月2日", "21 de julio de 1969"];
        ColumnClassifier.Classify(new ColumnSample("fecha_nacimiento", "text", unknown))
            .ShouldHaveSingleItem().Class.ShouldBe(PiiClasses.DateOfBirth);

        string?[] timestamps = ["2024-01-31 13:45:10", "2023-11-02 08:01:59", "2024-05-05 17:30:00", "2022-02-02 22:22:22", "2021-07-14 09:10:11"];
        ColumnClassifier.Classify(new ColumnSample("dob", "text", timestamps)).ShouldBeEmpty();
    }
}
