using System.Globalization;
using System.Text;
using DataSpine.Grains.Catalog.Classification;

namespace DataSpine.Grains.Tests.Catalog.Classification;

/// <summary>
/// Per-class and overall precision and recall of the classifier over a labelled set, micro-averaged
/// over (column, class) pairs, and the share of look-alike columns (no PII) that got any class.
/// </summary>
internal sealed class EvaluationScore
{
    private readonly Dictionary<string, (int Tp, int Fp, int Fn)> _byClass = PiiClasses.All.ToDictionary(c => c, _ => (0, 0, 0));

    public List<string> Errors { get; } = [];

    public int LookAlikes { get; private set; }

    public int LookAlikesFlagged { get; private set; }

    public double Precision => Ratio(Total.Tp, Total.Tp + Total.Fp);

    public double Recall => Ratio(Total.Tp, Total.Tp + Total.Fn);

    public double LookAlikesFlaggedShare => Ratio(LookAlikesFlagged, LookAlikes);

    private (int Tp, int Fp, int Fn) Total =>
        _byClass.Values.Aggregate((0, 0, 0), (a, c) => (a.Item1 + c.Tp, a.Item2 + c.Fp, a.Item3 + c.Fn));

    public static EvaluationScore Of(IReadOnlyList<LabelledColumn> columns, bool withValues)
    {
        var score = new EvaluationScore();
        var options = new ClassifierOptions { UseValues = withValues };
        foreach (var column in columns)
        {
            var predicted = ColumnClassifier.Classify(column.ToSample(withValues), options).Select(c => c.Class).ToHashSet();
            score.Add(column, predicted);
        }

        return score;
    }

    public string Report(string title)
    {
        var sb = new StringBuilder();
        sb.AppendLine(title);
        foreach (var (cls, (tp, fp, fn)) in _byClass)
        {
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"  {cls,-20} TP={tp,3} FP={fp,3} FN={fn,3}  precision={Ratio(tp, tp + fp),6:P1}  recall={Ratio(tp, tp + fn),6:P1}"));
        }

        var (allTp, allFp, allFn) = Total;
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"  {"ALL",-20} TP={allTp,3} FP={allFp,3} FN={allFn,3}  precision={Precision,6:P1}  recall={Recall,6:P1}"));
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"  look-alikes flagged: {LookAlikesFlagged} of {LookAlikes} ({LookAlikesFlaggedShare:P1})"));
        return sb.ToString();
    }

    private void Add(LabelledColumn column, HashSet<string> predicted)
    {
        if (column.Expected.Count == 0)
        {
            LookAlikes++;
            LookAlikesFlagged += predicted.Count > 0 ? 1 : 0;
        }

        foreach (var cls in PiiClasses.All)
        {
            var (tp, fp, fn) = _byClass[cls];
            var expected = column.Expected.Contains(cls);
            var found = predicted.Contains(cls);
            _byClass[cls] = (tp + (expected && found ? 1 : 0), fp + (!expected && found ? 1 : 0), fn + (expected && !found ? 1 : 0));
            if (expected != found)
            {
                Errors.Add($"  {(found ? "false positive" : "false negative")}: {column} → {cls}");
            }
        }
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : part / (double)whole;
}
