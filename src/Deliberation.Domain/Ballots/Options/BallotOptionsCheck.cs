using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions;
using Deliberation.Tally;

namespace Deliberation.Domain.Ballots.Options;

/// <summary>What an options ballot needs before it opens: labels in the session's languages, costs exactly on a budget, and a rule the library can count.</summary>
internal static class BallotOptionsCheck
{
    public static void Require(BallotOptions ballot, Session session)
    {
        var problems = new List<FieldProblem>();
        for (var i = 0; i < ballot.Options.Count; i++)
        {
            var option = ballot.Options[i];
            var foreign = option.Label.Languages().Where(l => !session.Languages.Contains(l)).ToList();
            if (foreign.Count > 0)
                problems.Add(new($"options.options[{i}].label", $"is written in {string.Join(", ", foreign)}, not a working language of the session"));
            if (ballot.Rule.IsBudget && option.Cost is not > 0)
                problems.Add(new($"options.options[{i}].cost", "a project of a participatory budget needs a cost above zero"));
            if (!ballot.Rule.IsBudget && option.Cost is not null)
                problems.Add(new($"options.options[{i}].cost", "only the projects of a participatory budget have costs"));
        }
        InvalidInput.ThrowIfAny(problems);
        try
        {
            // The rule is checked by the library that will count it: with no papers, so that only the rule and options can be wrong.
            OptionsTally.Count(ballot, []);
        }
        catch (TallyInputError error)
        {
            throw new InvalidInput(error.Violations.Select(v => new FieldProblem(FieldOf(v.Path, ballot.Rule.Method), v.Problem)).ToList());
        }
    }

    /// <summary>
    /// The library's path (candidates[2], projects[0].id, rule.seats, budget, tieBreak.priority[1]...) as the request names
    /// it: options.options[2], options.options[0].key, options.stv.seats, options.greedy_budget.budget, options.tie_break.priority[1].
    /// </summary>
    private static string FieldOf(string path, OptionsMethod method)
    {
        var end = path.IndexOfAny(['.', '[']);
        var (head, rest) = end < 0 ? (path, "") : (path[..end], path[end..]);
        var rule = "options." + SnakeCase(method.ToString());
        return head switch
        {
            "options" or "candidates" or "projects" => "options.options" + (rest.EndsWith(".id", StringComparison.Ordinal) ? rest[..^".id".Length] + ".key" : rest),
            "tieBreak" => "options.tie_break" + SnakeCase(rest),
            "seats" or "budget" => $"{rule}.{head}",
            "rule" or "range" => rule + SnakeCase(rest),
            _ => "options." + SnakeCase(path),
        };
    }

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 && name[i - 1] != '.' ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
