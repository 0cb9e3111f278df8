using DataSpine.Grains.Catalog;
using DataSpine.Grains.Catalog.Assets;

namespace DataSpine.Grains.Tests.Catalog.Assets;

/// <summary>How a column's latest suggestions meet the stewards' decisions (the re-scan half of issue 19).</summary>
public sealed class ClassReviewsTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);

    private static ColumnClass Suggested(string name, double confidence) => new(name, confidence, [$"{name.ToLowerInvariant()}.name"]);

    private static ClassDecision Decided(ClassStatus verdict, double? confidence) => new(verdict, "key-1", At, verdict == ClassStatus.Rejected ? "no" : null, confidence);

    [Theory]
    [InlineData(0.65, false)]
    [InlineData(0.84, false)]
    [InlineData(0.85, true)]
    [InlineData(0.98, true)]
    public void a_rejection_stays_and_asks_for_review_once_confidence_grew_by_a_fifth(double now, bool flagged)
    {
        var review = ClassReviews.For([Suggested("EMAIL", now)], new Dictionary<string, ClassDecision> { ["EMAIL"] = Decided(ClassStatus.Rejected, 0.65) }).Single();

        review.Status.ShouldBe(ClassStatus.Rejected);
        review.Effective.ShouldBeFalse();
        review.Confidence.ShouldBe(now);
        review.NeedsReview.ShouldBe(flagged);
        ClassReviews.Effective([review]).ShouldBeEmpty();
    }

    [Fact]
    public void undecided_suggestions_are_pending_and_count_and_decisions_the_scan_no_longer_makes_stand()
    {
        var decisions = new Dictionary<string, ClassDecision>
        {
            ["PHONE"] = Decided(ClassStatus.Accepted, 0.7),
            ["LOYALTY_ID"] = Decided(ClassStatus.Manual, null),
            ["IBAN"] = Decided(ClassStatus.Rejected, 0.5),
        };

        var reviews = ClassReviews.For([Suggested("EMAIL", 0.9), Suggested("CREDIT_CARD", 0.6)], decisions);

        reviews.Select(r => $"{r.Class}:{r.Status}:{r.Detected}:{r.Effective}:{r.NeedsReview}:{r.Severity}").ShouldBe([
            "CREDIT_CARD:Pending:True:True:True:High", "EMAIL:Pending:True:True:True:Medium", "IBAN:Rejected:False:False:False:High",
            "LOYALTY_ID:Manual:False:True:False:Medium", "PHONE:Accepted:False:True:False:Medium"]);
        ClassReviews.Effective(reviews).Select(c => $"{c.Class}:{c.Confidence}").ShouldBe(["CREDIT_CARD:0.6", "EMAIL:0.9", "LOYALTY_ID:1", "PHONE:0.7"]);
        reviews.Single(r => r.Class == "PHONE").Evidence.ShouldBe(["accepted by key-1"]);
    }
}
