using BenchmarkDotNet.Attributes;
using Deliberation.Tally.Budgeting;
using Deliberation.Tally.Choices;

namespace Deliberation.Tally.Benchmarks;

/// <summary>
/// The sizes the tally library is designed for. Each benchmark is the full public call: input checking,
/// merging, counting and building the structured explanation.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class TallyBenchmarks
{
    private string[] _fifty = [];
    private RankedBallot[] _fullRankings = [];
    private string[] _twenty = [];
    private RankedBallot[] _irvBallots = [];
    private Project[] _projects = [];
    private ApprovalBallot[] _pbBallots = [];
    private decimal _budget;

    [GlobalSetup]
    public void Setup()
    {
        _fifty = Profiles.Options(50);
        _fullRankings = Profiles.Ranked(_fifty, 100_000, 50, 50, seed: 1);
        _twenty = Profiles.Options(20);
        _irvBallots = Profiles.Ranked(_twenty, 1_000_000, 1, 20, seed: 2);
        var ids = Profiles.Options(100, "project");
        var random = new Random(3);
        _projects = ids.Select(id => new Project(id, random.Next(10, 301) * 1_000m)).ToArray();
        _budget = _projects.Sum(p => p.Cost) / 5;
        _pbBallots = Profiles.Approvals(ids, 50_000, seed: 4);
    }

    [Benchmark(Description = "Schulze, 50 options, 100,000 full rankings")]
    public object Schulze() => Choices.Schulze.Tally(_fifty, _fullRankings, tieBreak: TieBreak.ByLot("bench"));

    [Benchmark(Description = "Ranked pairs, 50 options, 100,000 full rankings")]
    public object RankedPairs() => Choices.RankedPairs.Tally(_fifty, _fullRankings, tieBreak: TieBreak.ByLot("bench"));

    [Benchmark(Description = "Instant-runoff, 20 options, 1,000,000 rankings of 1-20")]
    public object InstantRunoff() => Choices.InstantRunoff.Tally(_twenty, _irvBallots, TieBreak.ByLot("bench"));

    [Benchmark(Description = "Equal Shares without completion, 100 projects, 50,000 voters")]
    public object EqualSharesPlain() => Budgeting.EqualShares.Tally(_projects, _budget, _pbBallots,
        new EqualSharesRule(Completion: EqualSharesCompletion.None, TieBreak: TieBreak.ByLot("bench")));

    [Benchmark(Description = "Greedy, 100 projects, 50,000 voters")]
    public object Greedy() => Budgeting.Greedy.Tally(_projects, _budget, _pbBallots, TieBreak.ByLot("bench"));

    [Benchmark(Description = "Equal Shares + completion, 100 projects, 50,000 voters")]
    public object EqualShares() => Budgeting.EqualShares.Tally(_projects, _budget, _pbBallots, new EqualSharesRule(TieBreak: TieBreak.ByLot("bench")));
}
