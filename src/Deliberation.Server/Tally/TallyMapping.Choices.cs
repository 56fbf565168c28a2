using Deliberation.Api.V1;
using Deliberation.Tally.Choices;

namespace Deliberation.Server.Tally;

/// <summary>Single-winner choice rules: plurality, approval, score, Borda, instant-runoff, Schulze, ranked pairs.</summary>
internal static partial class TallyMapping
{
    private static TallyResponse Plurality(TallyRequest request)
    {
        var ballots = request.PluralityBallots.Select(b => new PluralityBallot(b.Option, Weight(b.Weight))).ToList();
        var result = Deliberation.Tally.Choices.Plurality.Tally(request.Options, ballots, TieBreak(request.TieBreak));
        return Choice(request, result, (r, e) => r.Plurality = e);
    }

    private static TallyResponse Approval(TallyRequest request)
    {
        var result = Deliberation.Tally.Choices.Approval.Tally(request.Options, ApprovalBallots(request), TieBreak(request.TieBreak));
        return Choice(request, result, (r, e) => r.Approval = e);
    }

    private static TallyResponse Score(TallyRequest request)
    {
        var range = new ScoreRange(TallyDecimals.Parse(request.Score.Min), TallyDecimals.Parse(request.Score.Max));
        var ballots = request.ScoreBallots.Select(b => new ScoreBallot(
            b.Scores.Select(s => new OptionScore(s.Option, TallyDecimals.Parse(s.Score))).ToList(), Weight(b.Weight))).ToList();
        var result = Deliberation.Tally.Choices.Score.Tally(request.Options, ballots, range, TieBreak(request.TieBreak));
        return Choice(request, result, (r, e) => r.Score = e);
    }

    private static TallyResponse Borda(TallyRequest request)
    {
        var result = Deliberation.Tally.Choices.Borda.Tally(request.Options, RankedBallots(request), TieBreak(request.TieBreak));
        return Choice(request, result, (r, e) => r.Borda = e);
    }

    private static TallyResponse InstantRunoff(TallyRequest request)
    {
        var result = Deliberation.Tally.Choices.InstantRunoff.Tally(request.Options, RankedBallots(request), TieBreak(request.TieBreak));
        var response = ChoiceResponse(request, result.Winners, result.Ties, result.Text);
        response.InstantRunoff = new TallyInstantRunoffExplanation
        {
            Rounds =
            {
                result.Detail.Rounds.Select(r => new TallyIrvRound
                {
                    Number = r.Number,
                    Votes = { Totals(r.Votes) },
                    Exhausted = Show(r.Exhausted),
                    Winner = r.Winner ?? "",
                    Eliminated = { r.Eliminated },
                    Transfers = { Transfers(r.Transfers) },
                }),
            },
        };
        return response;
    }

    private static TallyResponse Schulze(TallyRequest request)
    {
        var strength = Strength(request.Schulze.Strength);
        var result = Deliberation.Tally.Choices.Schulze.Tally(request.Options, RankedBallots(request), strength, TieBreak(request.TieBreak));
        var response = ChoiceResponse(request, result.Winners, result.Ties, result.Text);
        response.Schulze = new TallySchulzeExplanation
        {
            Options = { result.Detail.Options },
            Strength = Strength(result.Detail.Strength),
            Preferences = { Matrix(result.Detail.Preferences) },
            StrongestPaths = { Matrix(result.Detail.StrongestPaths) },
            Ranking = { result.Detail.Ranking.Select(level => new TallyRankLevel { Options = { level } }) },
        };
        return response;
    }

    private static TallyResponse RankedPairs(TallyRequest request)
    {
        var strength = Strength(request.RankedPairs.Strength);
        var result = Deliberation.Tally.Choices.RankedPairs.Tally(request.Options, RankedBallots(request), strength, TieBreak(request.TieBreak));
        var response = ChoiceResponse(request, result.Winners, result.Ties, result.Text);
        response.RankedPairs = new TallyRankedPairsExplanation
        {
            Options = { result.Detail.Options },
            Strength = Strength(result.Detail.Strength),
            Preferences = { Matrix(result.Detail.Preferences) },
            Pairs =
            {
                result.Detail.Pairs.Select(p => new TallyPairStep
                {
                    Winner = p.Winner, Loser = p.Loser, Support = Show(p.Support), Opposition = Show(p.Opposition), Locked = p.Locked,
                }),
            },
        };
        return response;
    }

    private static List<ApprovalBallot> ApprovalBallots(TallyRequest request) =>
        request.ApprovalBallots.Select(b => new ApprovalBallot(b.Approved, Weight(b.Weight))).ToList();

    private static List<RankedBallot> RankedBallots(TallyRequest request) =>
        request.RankedBallots.Select(b => new RankedBallot(b.Ranking, Weight(b.Weight),
            b.Ranks.Count == 0 ? null : b.Ranks.Select(r => (int)Math.Min(r, int.MaxValue)).ToList())).ToList();

    internal static PairwiseStrength Strength(TallyPairwiseStrength strength) =>
        strength == TallyPairwiseStrength.Margins ? PairwiseStrength.Margins : PairwiseStrength.WinningVotes;

    internal static TallyPairwiseStrength Strength(PairwiseStrength strength) =>
        strength == PairwiseStrength.Margins ? TallyPairwiseStrength.Margins : TallyPairwiseStrength.WinningVotes;

    private static TallyResponse Choice(TallyRequest request, ChoiceResult<TotalsDetail> result, Action<TallyResponse, TallyTotalsExplanation> explain)
    {
        var response = ChoiceResponse(request, result.Winners, result.Ties, result.Text);
        explain(response, new TallyTotalsExplanation
        {
            Measure = result.Detail.Measure,
            Totals = { Totals(result.Detail.Totals) },
            TotalWeight = Show(result.Detail.TotalWeight),
        });
        return response;
    }

    private static TallyResponse ChoiceResponse(TallyRequest request, IReadOnlyList<string> winners,
        IReadOnlyList<Deliberation.Tally.TieResolution> ties, string text) => new()
    {
        Outcome = new TallyOutcome { Winners = { winners }, Irresolute = winners.Count != 1 },
        Ties = { Ties(ties) },
        Text = text,
        Lot = LotDraw(request.TieBreak, request.Options),
    };
}
