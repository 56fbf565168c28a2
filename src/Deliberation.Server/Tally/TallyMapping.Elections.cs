using Deliberation.Api.V1;
using Deliberation.Tally.Elections;

namespace Deliberation.Server.Tally;

/// <summary>Multi-seat elections: STV and sequential Phragmén.</summary>
internal static partial class TallyMapping
{
    private static TallyResponse Stv(TallyRequest request)
    {
        var quota = request.Stv.Quota == TallyQuota.Hare ? QuotaKind.Hare : QuotaKind.Droop;
        var result = Deliberation.Tally.Elections.Stv.Tally(request.Options, RankedBallots(request),
            new StvRule(request.Stv.Seats, quota, TieBreak(request.TieBreak)));
        var detail = result.Detail;
        var response = ElectionResponse(request, result.Elected, result.Complete, result.Ties, result.Text);
        response.Stv = new TallyStvExplanation
        {
            QuotaKind = detail.QuotaKind == QuotaKind.Hare ? TallyQuota.Hare : TallyQuota.Droop,
            Quota = Show(detail.Quota),
            ValidVotes = Show(detail.ValidVotes),
            Seats = detail.Seats,
            Stages =
            {
                detail.Rounds.Select(r => new TallyStvStage
                {
                    Number = r.Number,
                    Action = r.Action switch
                    {
                        StvAction.FirstCount => TallyStvAction.FirstCount,
                        StvAction.Surplus => TallyStvAction.Surplus,
                        StvAction.Exclusion => TallyStvAction.Exclusion,
                        _ => TallyStvAction.FillRemaining,
                    },
                    Candidate = r.Candidate ?? "",
                    TransferValue = TallyDecimals.Format(r.TransferValue),
                    Transfers = { Transfers(r.Transfers) },
                    Votes = { Totals(r.Votes) },
                    Exhausted = Show(r.Exhausted),
                    LostToRounding = Show(r.LostToRounding),
                    Elected = { r.Elected },
                }),
            },
        };
        return response;
    }

    private static TallyResponse SequentialPhragmen(TallyRequest request)
    {
        var result = Deliberation.Tally.Elections.SequentialPhragmen.Tally(request.Options, ApprovalBallots(request),
            request.SequentialPhragmen.Seats, TieBreak(request.TieBreak));
        var response = ElectionResponse(request, result.Elected, result.Complete, result.Ties, result.Text);
        response.SequentialPhragmen = new TallySequentialPhragmenExplanation
        {
            Rounds =
            {
                result.Detail.Rounds.Select(r => new TallyPhragmenRound
                {
                    Seat = r.Seat,
                    Elected = r.Elected,
                    MaxLoad = Load(r.MaxLoad),
                    Candidates = { r.Candidates.Select(c => new TallyCandidateLoad { Candidate = c.Candidate, Load = Load(c.Load) }) },
                }),
            },
            BallotLoads = { result.Detail.BallotLoads.Select(Load) },
        };
        return response;
    }

    private static TallyLoad Load(Load load) => new() { Exact = load.Exact, Approximate = Show(load.Approximate) };

    private static TallyResponse ElectionResponse(TallyRequest request, IReadOnlyList<string> elected, bool complete,
        IReadOnlyList<Deliberation.Tally.TieResolution> ties, string text) => new()
    {
        Outcome = new TallyOutcome { Elected = { elected }, Irresolute = !complete },
        Ties = { Ties(ties) },
        Text = text,
        Lot = LotDraw(request.TieBreak, request.Options),
    };
}
