using Deliberation.Tally.Choices;

namespace Deliberation.Tally.Budgeting;

/// <summary>
/// The Method of Equal Shares (Peters and Skowron) for participatory budgeting with approval ballots. The budget
/// is split equally among the voters (by weight); a project is bought only with the money of voters who approve
/// it, each paying an equal share or, if they have less, all they have left; the project asking the least of its
/// supporters (per unit of utility) is bought first. With the usual completion the shares are raised step by step
/// while the outcome still fits the real budget, and what is left is then spent greedily by approvals.
/// Money is decimal (28 significant digits): a payment is the per-voter amount (a rounded division) times the
/// voter's weight, capped at the voter's budget, so no voter ever pays more than they have.
/// </summary>
public static class EqualShares
{
    public static BudgetResult<EqualSharesDetail> Tally(IReadOnlyList<Project> projects, decimal budget, IReadOnlyList<ApprovalBallot> ballots, EqualSharesRule? rule = null)
    {
        rule ??= new EqualSharesRule();
        var (set, costs, profile, ties) = BudgetInput.Read(projects, budget, ballots, rule.TieBreak);
        if (rule.Step is <= 0 || rule.MaxSteps < 0 || !Enum.IsDefined(rule.Utility) || !Enum.IsDefined(rule.Completion))
            throw new TallyInputError([new FieldViolation("rule", "The step must be positive, the step count not negative, and the variant known.")]);

        var run = new EqualSharesRun(profile, costs, rule.Utility);
        var initial = profile.TotalWeight == 0 ? 0 : budget / profile.TotalWeight;
        var total = budget; // the virtual budget the shares add up to
        var outcome = run.Run(total, record: false, ties.Fork());
        var raises = 0;
        if (rule.Completion == EqualSharesCompletion.RaiseSharesThenGreedy && outcome.Complete && initial > 0)
        {
            var step = rule.Step is { } perVoter ? perVoter * profile.TotalWeight : budget / 100;
            // Raises are tried in order; the runs are independent, so a wave of them runs in parallel and the
            // first raise that fails ends the search exactly as a one-by-one loop would.
            var wave = Environment.ProcessorCount;
            var done = false;
            while (!done && raises < rule.MaxSteps && !Exhaustive(outcome, costs, run, budget))
            {
                var count = Math.Min(wave, rule.MaxSteps - raises);
                var runs = new EqualSharesRun.Outcome[count];
                Parallel.For(0, count, k => runs[k] = run.Run(budget + (raises + k + 1) * step, record: false, ties.Fork(), stopAbove: budget));
                foreach (var next in runs)
                {
                    raises++;
                    if (!next.Complete || next.Spent > budget) { done = true; break; }
                    (outcome, total) = (next, budget + raises * step);
                    if (Exhaustive(outcome, costs, run, budget)) { done = true; break; }
                }
            }
        }
        var share = profile.TotalWeight == 0 ? 0 : total / profile.TotalWeight;
        // Rerun the chosen share once more, recording every payment for the explanation.
        var finalTies = ties.Fork();
        var final = run.Run(total, record: true, finalTies);
        ties.Adopt(finalTies);
        var funded = new List<int>(final.Funded);
        var remaining = budget - final.Spent;
        var complete = final.Complete;
        List<GreedyStep> completion = [];
        if (complete && rule.Completion == EqualSharesCompletion.RaiseSharesThenGreedy)
        {
            var rest = Enumerable.Range(0, set.Count).Where(p => !funded.Contains(p) && run.Support(p) > 0).ToList();
            var approvals = Enumerable.Range(0, set.Count).Select(run.Support).ToArray();
            (var more, completion, complete, remaining) = Greedy.Fund(rest, approvals, costs, remaining, ties, set);
            funded.AddRange(more);
        }
        var detail = Explain(rule, set, costs, profile, ballots, run, initial, share, raises, final) with { Completion = completion };
        var names = funded.Select(p => set[p]).ToList();
        var spent = budget - remaining;
        var text = complete
            ? $"Funded {names.Count} of {set.Count} projects by the Method of Equal Shares ({ChoiceText.List(names)}), spending {Numbers.Show(spent)} of {Numbers.Show(budget)}; each voter's share was {Numbers.Show(share)}{(share != initial ? $", raised from {Numbers.Show(initial)}" : "")}."
            : $"Incomplete: funded {(names.Count == 0 ? "nothing" : ChoiceText.List(names))}, then {ChoiceText.List(ties.Record[^1].Tied)} tied and no tie-break is configured.";
        return new BudgetResult<EqualSharesDetail>(names, spent, budget, complete, ties.Record, detail, text);
    }

    /// <summary>Exhaustive: no unfunded, approved project fits in what is left of the real budget.</summary>
    private static bool Exhaustive(EqualSharesRun.Outcome outcome, decimal[] costs, EqualSharesRun run, decimal budget)
    {
        var funded = new HashSet<int>(outcome.Funded);
        return !Enumerable.Range(0, costs.Length).Any(p => !funded.Contains(p) && run.Support(p) > 0 && costs[p] <= budget - outcome.Spent);
    }

    private static EqualSharesDetail Explain(EqualSharesRule rule, OptionSet set, decimal[] costs, ApprovalProfile profile,
        IReadOnlyList<ApprovalBallot> ballots, EqualSharesRun run, decimal initial, decimal share, int raises, EqualSharesRun.Outcome final)
    {
        // A ballot pays its weight's part of its merged group's payment.
        var ballotGroup = profile.GroupOf;
        // Every payment is a few decimal divisions: the purchases and the ballots are described in parallel.
        var purchases = new Purchase[final.Purchases.Count];
        Parallel.For(0, purchases.Length, k =>
        {
            var purchase = final.Purchases[k];
            var payments = new List<VoterPayment>();
            for (var i = 0; i < ballots.Count; i++)
            {
                var g = ballotGroup[i];
                if (g < 0 || purchase.Paid[g] == 0) continue;
                var pay = run.Unscale(purchase.Paid[g] * ballots[i].Weight / profile.Weights[g]);
                payments.Add(new VoterPayment(i, pay));
            }
            var x = run.Unscale(purchase.X);
            var effective = x == 0 ? 0 : costs[purchase.Project] / x;
            purchases[k] = new Purchase(set[purchase.Project], costs[purchase.Project], x, effective, payments);
        });
        // Share and what is left come from the run's own (never negative) budgets; spent is their difference.
        var voters = new VoterBudget[ballots.Count];
        Parallel.For(0, voters.Length, i =>
        {
            var g = ballotGroup[i];
            var weight = Math.Max(ballots[i].Weight, 0);
            var own = share * weight;
            var left = g < 0 ? 0 : run.Unscale(final.Budgets[g] * weight / profile.Weights[g]);
            voters[i] = new VoterBudget(i, own, own - left, left);
        });
        return new EqualSharesDetail(rule.Utility, initial, share, raises, purchases.ToList(), [], voters.ToList());
    }
}
