using Deliberation.Domain.Common;

namespace Deliberation.Domain.Ballots.Options;

/// <summary>
/// A voter's marks on an options ballot, in the ballot's <see cref="MarkForm"/>: the option marked, the
/// options approved, the options in order of preference, or options with their <see cref="Scores"/> (one
/// score per option, in the same order). No option at all is a blank paper: it counts as taking part, for no option.
/// </summary>
public sealed record OptionMarks(IReadOnlyList<string> Options, IReadOnlyList<int>? Scores = null)
{
    public bool IsBlank => Options.Count == 0;

    // Records compare lists by reference; marks are equal when their entries are.
    public bool Equals(OptionMarks? other) =>
        other is not null && Options.SequenceEqual(other.Options) && (Scores ?? []).SequenceEqual(other.Scores ?? []);

    public override int GetHashCode() => Options.Aggregate(Scores?.Count ?? 0, HashCode.Combine);

    /// <summary>The field problems that keep these marks from being a paper of this ballot, named as the request names them.</summary>
    public IReadOnlyList<FieldProblem> ProblemsOn(BallotOptions ballot)
    {
        var problems = new List<FieldProblem>();
        var known = ballot.Keys.ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Options.Count; i++)
        {
            if (!known.Contains(Options[i])) problems.Add(new($"marks.options[{i}]", $"\"{Options[i]}\" is not an option of this ballot"));
            else if (!seen.Add(Options[i])) problems.Add(new($"marks.options[{i}]", $"\"{Options[i]}\" is marked twice"));
        }
        var rule = ballot.Rule;
        if (rule.Form == MarkForm.One && Options.Count > 1)
            problems.Add(new("marks.options", "this ballot takes one option (or none, for a blank paper)"));
        if (rule.Form == MarkForm.Scores)
        {
            if (Scores is null || Scores.Count != Options.Count)
                problems.Add(new("marks.scores", "needs one score for each option marked, in the same order"));
            else
                for (var i = 0; i < Scores.Count; i++)
                    if (Scores[i] < rule.ScoreMin || Scores[i] > rule.ScoreMax)
                        problems.Add(new($"marks.scores[{i}]", $"must be from {rule.ScoreMin} to {rule.ScoreMax}"));
        }
        else if (Scores is { Count: > 0 })
            problems.Add(new("marks.scores", "this ballot takes no scores"));
        return problems;
    }
}
