using Deliberation.Api.V1;
using Deliberation.Tally;
using Google.Protobuf.Collections;
using Rule = Deliberation.Api.V1.TallyRequest.RuleOneofCase;

namespace Deliberation.Server.Tally;

/// <summary>
/// Maps a validated Tally request to the tally library, runs the rule and maps the result back. What the
/// library refuses comes back as a <see cref="TallyInputError"/> whose paths name the request's fields.
/// One partial file per rule family.
/// </summary>
internal static partial class TallyMapping
{
    public static TallyResponse Run(TallyRequest request)
    {
        try
        {
            return request.RuleCase switch
            {
                Rule.Motion => Motion(request),
                Rule.MultipleMajority => MultipleMajority(request),
                Rule.Consent => Consent(request),
                Rule.Plurality => Plurality(request),
                Rule.Approval => Approval(request),
                Rule.Score => Score(request),
                Rule.Borda => Borda(request),
                Rule.InstantRunoff => InstantRunoff(request),
                Rule.Schulze => Schulze(request),
                Rule.RankedPairs => RankedPairs(request),
                Rule.Stv => Stv(request),
                Rule.SequentialPhragmen => SequentialPhragmen(request),
                Rule.GreedyBudget => GreedyBudget(request),
                Rule.EqualShares => EqualShares(request),
                _ => throw new TallyInputError([new FieldViolation("rule", "A rule is required.")]),
            };
        }
        catch (TallyInputError error)
        {
            throw new TallyInputError(error.Violations.Select(v => v with { Path = TallyPaths.ToRequest(v.Path, request) }).ToList());
        }
    }

    private static decimal Weight(string weight) => TallyDecimals.Parse(weight, empty: 1m);

    private static string Show(decimal value) => TallyDecimals.Format(value);

    internal static TieBreak TieBreak(TallyTieBreak? tieBreak) => tieBreak?.Kind switch
    {
        TallyTieBreakKind.Lot => Deliberation.Tally.TieBreak.ByLot(tieBreak.Seed),
        TallyTieBreakKind.Priority => Deliberation.Tally.TieBreak.ByPriority(tieBreak.Priority),
        _ => Deliberation.Tally.TieBreak.None,
    };

    /// <summary>The reverse of <see cref="TieBreak(TallyTieBreak?)"/>, for ballots that state their tie-break; none is absent.</summary>
    internal static TallyTieBreak? ToApi(TieBreak? tieBreak) => tieBreak?.Kind switch
    {
        TieBreakKind.Lot => new TallyTieBreak { Kind = TallyTieBreakKind.Lot, Seed = tieBreak.Seed ?? "" },
        TieBreakKind.Priority => new TallyTieBreak { Kind = TallyTieBreakKind.Priority, Priority = { tieBreak.Priority ?? [] } },
        _ => null,
    };

    /// <summary>The lot's tickets in lot order, for a front end that shows the draw.</summary>
    private static TallyLotDraw? LotDraw(string seed, IEnumerable<string> tickets) => new()
    {
        Seed = seed,
        Tickets = { Lot.Order(seed, tickets).Select(o => new TallyLotTicket { Option = o, Ticket = Lot.Ticket(seed, o) }) },
    };

    private static TallyLotDraw? LotDraw(TallyTieBreak? tieBreak, IEnumerable<string> options) =>
        tieBreak is { Kind: TallyTieBreakKind.Lot } lot ? LotDraw(lot.Seed, options) : null;

    private static IEnumerable<TallyTieResolution> Ties(IEnumerable<TieResolution> ties) => ties.Select(t => new TallyTieResolution
    {
        Stage = t.Stage,
        Tied = { t.Tied },
        Chosen = t.Chosen ?? "",
        By = t.By switch
        {
            TieMethod.Lot => TallyTieMethod.Lot,
            TieMethod.Priority => TallyTieMethod.Priority,
            TieMethod.EarlierRounds => TallyTieMethod.EarlierRounds,
            _ => TallyTieMethod.Unresolved,
        },
    });

    public static IEnumerable<TallyOptionTotal> Totals(IEnumerable<Deliberation.Tally.Choices.OptionTotal> totals) =>
        totals.Select(t => new TallyOptionTotal { Option = t.Option, Total = Show(t.Total) });

    private static IEnumerable<TallyVoteTransfer> Transfers(IEnumerable<Deliberation.Tally.Choices.VoteTransfer> transfers) =>
        transfers.Select(t => new TallyVoteTransfer { From = t.From, To = t.To ?? "", Votes = Show(t.Votes) });

    private static IEnumerable<TallyMatrixRow> Matrix(IEnumerable<IReadOnlyList<decimal>> rows) =>
        rows.Select(r => new TallyMatrixRow { Values = { r.Select(Show) } });

    private static IReadOnlyList<string> List(RepeatedField<string> values) => values;
}
