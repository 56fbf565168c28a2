using Deliberation.Tally.Choices;

namespace Deliberation.Tally.Budgeting;

/// <summary>Checks projects, budget and approval ballots; shared by the budgeting rules.</summary>
internal static class BudgetInput
{
    public static (OptionSet Projects, decimal[] Costs, ApprovalProfile Profile, TieBreaker Ties) Read(
        IReadOnlyList<Project> projects, decimal budget, IReadOnlyList<ApprovalBallot> ballots, TieBreak? tieBreak)
    {
        var v = new Violations();
        projects ??= [];
        if (projects.Count == 0) v.Add("projects", "At least one project is required.");
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < projects.Count; i++)
        {
            var p = projects[i];
            if (string.IsNullOrWhiteSpace(p?.Id)) v.Add($"projects[{i}].id", "A project id must not be empty.");
            else if (!seen.Add(p.Id)) v.Add($"projects[{i}].id", $"Project \"{p.Id}\" is listed twice.");
            if (p is not null && p.Cost < 0) v.Add($"projects[{i}].cost", "A cost must not be negative.");
            ids.Add(p?.Id ?? "");
        }
        if (budget < 0) v.Add("budget", "The budget must not be negative.");
        var set = OptionSet.Check(ids, new Violations()); // problems already reported above, under projects[i].id
        var ties = TieBreaker.Check(tieBreak, set, v);
        var profile = ApprovalProfile.Read(set, ballots, v);
        v.ThrowIfAny();
        return (set, projects.Select(p => p.Cost).ToArray(), profile, ties);
    }
}
