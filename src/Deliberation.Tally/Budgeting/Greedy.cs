using Deliberation.Tally.Choices;

namespace Deliberation.Tally.Budgeting;

/// <summary>
/// The greedy rule most cities use: projects in order of (weighted) approvals, most first; each is funded if
/// its cost fits in what is left, otherwise skipped. Projects nobody approves are not funded. Equal approvals
/// follow the tie-break order; without one, tied projects that all fit are funded together, and a tie where
/// the order would decide is reported (the result is then incomplete).
/// </summary>
public static class Greedy
{
    public static BudgetResult<GreedyDetail> Tally(IReadOnlyList<Project> projects, decimal budget, IReadOnlyList<ApprovalBallot> ballots, TieBreak? tieBreak = null)
    {
        var (set, costs, profile, ties) = BudgetInput.Read(projects, budget, ballots, tieBreak);
        var approvals = profile.Approvals(set.Count);
        var candidates = Enumerable.Range(0, set.Count).Where(p => approvals[p] > 0).ToList();
        var (funded, steps, complete, remaining) = Fund(candidates, approvals, costs, budget, ties, set);
        var spent = budget - remaining;
        var names = funded.Select(p => set[p]).ToList();
        var text = complete
            ? $"Funded {names.Count} of {set.Count} projects by most approvals first ({ChoiceText.List(names)}), spending {Numbers.Show(spent)} of {Numbers.Show(budget)}."
            : $"Incomplete: funded {ChoiceText.List(names)}, then {ChoiceText.List(ties.Record[^1].Tied)} tie on approvals, not all fit, and no tie-break is configured.";
        return new BudgetResult<GreedyDetail>(names, spent, budget, complete, ties.Record, new GreedyDetail(steps), text);
    }

    /// <summary>The greedy pass over <paramref name="candidates"/>; equal shares' completion reuses it.</summary>
    internal static (List<int> Funded, List<GreedyStep> Steps, bool Complete, decimal Remaining) Fund(
        List<int> candidates, decimal[] approvals, decimal[] costs, decimal remaining, TieBreaker ties, OptionSet set)
    {
        var funded = new List<int>();
        var steps = new List<GreedyStep>();
        foreach (var group in candidates.GroupBy(p => approvals[p]).OrderByDescending(g => g.Key))
        {
            var tied = group.OrderBy(ties.Position).ToList();
            if (tied.Count > 1 && !ties.CanBreak)
            {
                var fitting = tied.Where(p => costs[p] <= remaining).ToList();
                if (fitting.Count > 1 && fitting.Sum(p => costs[p]) > remaining)
                {
                    ties.Best(fitting, $"approvals {Numbers.Show(group.Key)}"); // records the open tie
                    return (funded, steps, false, remaining);
                }
            }
            foreach (var p in tied)
            {
                var fits = costs[p] <= remaining;
                if (fits)
                {
                    remaining -= costs[p];
                    funded.Add(p);
                }
                steps.Add(new GreedyStep(set[p], approvals[p], costs[p], fits, remaining));
            }
        }
        return (funded, steps, true, remaining);
    }
}
