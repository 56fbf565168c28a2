using Deliberation.Api.V1;
using Deliberation.Tally.Budgeting;

namespace Deliberation.Server.Tally;

/// <summary>Participatory budgeting: greedy and the Method of Equal Shares.</summary>
internal static partial class TallyMapping
{
    private static TallyResponse GreedyBudget(TallyRequest request)
    {
        var result = Greedy.Tally(Projects(request), TallyDecimals.Parse(request.GreedyBudget.Budget), ApprovalBallots(request), TieBreak(request.TieBreak));
        var response = BudgetResponse(request, result.Funded, result.Spent, result.Budget, result.Complete, result.Ties, result.Text);
        response.GreedyBudget = new TallyGreedyBudgetExplanation { Steps = { Steps(result.Detail.Steps) } };
        return response;
    }

    private static TallyResponse EqualShares(TallyRequest request)
    {
        var es = request.EqualShares;
        var rule = EqualSharesOf(es, request.TieBreak);
        var result = Deliberation.Tally.Budgeting.EqualShares.Tally(Projects(request), TallyDecimals.Parse(es.Budget), ApprovalBallots(request), rule);
        var detail = result.Detail;
        var response = BudgetResponse(request, result.Funded, result.Spent, result.Budget, result.Complete, result.Ties, result.Text);
        response.EqualShares = new TallyEqualSharesExplanation
        {
            Utility = detail.Utility == EqualSharesUtility.Approval ? TallyEqualSharesUtility.Approval : TallyEqualSharesUtility.Cost,
            InitialShare = Show(detail.InitialShare),
            FinalShare = Show(detail.FinalShare),
            RaisesTried = detail.RaisesTried,
            Purchases =
            {
                detail.Purchases.Select(p => new TallyPurchase
                {
                    Project = p.Project,
                    Cost = Show(p.Cost),
                    MaxPayment = Show(p.MaxPayment),
                    EffectiveVotes = Show(p.EffectiveVotes),
                    Payments = { p.Payments.Select(v => new TallyVoterPayment { Ballot = v.Ballot, Paid = Show(v.Paid) }) },
                }),
            },
            Completion = { Steps(detail.Completion) },
            Voters =
            {
                detail.Voters.Select(v => new TallyVoterBudget { Ballot = v.Ballot, Share = Show(v.Share), Spent = Show(v.Spent), Left = Show(v.Left) }),
            },
        };
        return response;
    }

    internal static EqualSharesRule EqualSharesOf(TallyEqualSharesRule es, TallyTieBreak? tieBreak) => new(
        Utility: es.Utility == TallyEqualSharesUtility.Approval ? EqualSharesUtility.Approval : EqualSharesUtility.Cost,
        Completion: es.Completion == TallyEqualSharesCompletion.None ? EqualSharesCompletion.None : EqualSharesCompletion.RaiseSharesThenGreedy,
        Step: es.Step.Length > 0 ? TallyDecimals.Parse(es.Step) : null,
        MaxSteps: es.MaxSteps == 0 ? TallyLimits.EqualSharesSteps : es.MaxSteps,
        TieBreak: TieBreak(tieBreak));

    /// <summary>The reverse of <see cref="EqualSharesOf(TallyEqualSharesRule, TallyTieBreak?)"/>, for a ballot that states its rule.</summary>
    internal static TallyEqualSharesRule ToApi(EqualSharesRule rule, decimal budget) => new()
    {
        Budget = Show(budget),
        Utility = rule.Utility == EqualSharesUtility.Approval ? TallyEqualSharesUtility.Approval : TallyEqualSharesUtility.Cost,
        Completion = rule.Completion == EqualSharesCompletion.None ? TallyEqualSharesCompletion.None : TallyEqualSharesCompletion.RaiseSharesThenGreedy,
        Step = TallyDecimals.Format(rule.Step),
        MaxSteps = rule.MaxSteps,
    };

    private static List<Project> Projects(TallyRequest request) =>
        request.Projects.Select(p => new Project(p.Id, TallyDecimals.Parse(p.Cost))).ToList();

    private static IEnumerable<TallyGreedyStep> Steps(IEnumerable<GreedyStep> steps) => steps.Select(s => new TallyGreedyStep
    {
        Project = s.Project, Approvals = Show(s.Approvals), Cost = Show(s.Cost), Funded = s.Funded, RemainingAfter = Show(s.RemainingAfter),
    });

    private static TallyResponse BudgetResponse(TallyRequest request, IReadOnlyList<string> funded, decimal spent, decimal budget, bool complete,
        IReadOnlyList<Deliberation.Tally.TieResolution> ties, string text) => new()
    {
        Outcome = new TallyOutcome { Funded = { funded }, Spent = Show(spent), Budget = Show(budget), Irresolute = !complete },
        Ties = { Ties(ties) },
        Text = text,
        Lot = LotDraw(request.TieBreak, request.Projects.Select(p => p.Id)),
    };
}
