using Deliberation.Tally.Choices;

namespace Deliberation.Tally.Elections;

/// <summary>The state of one STV count; see <see cref="Stv"/> for the rules it follows.</summary>
internal sealed class StvCount
{
    private enum Status { Hopeful, Elected, Excluded }

    private readonly RankedProfile _p;
    private readonly StvRule _rule;
    private readonly TieBreaker _ties;
    private readonly int _n;
    private readonly Status[] _status;
    private readonly decimal[] _votes;
    private readonly List<int>[] _piles;
    private readonly int[] _at;
    private readonly decimal[] _value;
    private readonly List<decimal[]> _history = [];
    private readonly List<int> _elected = [];
    private readonly Queue<int> _surpluses = new();
    private readonly List<StvRound> _rounds = [];
    private readonly decimal _quota;
    private decimal _exhausted, _lost;

    public StvCount(RankedProfile profile, StvRule rule, TieBreaker ties)
    {
        _p = profile;
        _rule = rule;
        _ties = ties;
        _n = profile.Options.Count;
        _status = new Status[_n];
        _votes = new decimal[_n];
        _piles = Enumerable.Range(0, _n).Select(_ => new List<int>()).ToArray();
        _at = new int[profile.Count];
        _value = (decimal[])profile.Weight.Clone();
        var valid = profile.TotalWeight;
        _quota = rule.Quota == QuotaKind.Droop ? Math.Floor(valid / (rule.Seats + 1)) + 1 : valid / rule.Seats;
    }

    private int SeatsLeft => _rule.Seats - _elected.Count;
    private List<int> Hopefuls => Enumerable.Range(0, _n).Where(c => _status[c] == Status.Hopeful).ToList();

    // Hare: compare votes * seats with the valid votes, so an unending decimal quota never decides.
    private bool Reaches(int c) => _rule.Quota == QuotaKind.Droop ? _votes[c] >= _quota : _votes[c] * _rule.Seats >= _p.TotalWeight;

    public ElectionResult<StvDetail> Run()
    {
        for (var b = 0; b < _p.Count; b++) Place(b, _p.Start[b], new decimal[_n + 1]);
        Record(StvAction.FirstCount, null, null, [], ElectReached());
        while (SeatsLeft > 0)
        {
            var hopefuls = Hopefuls;
            if (hopefuls.Count <= SeatsLeft)
            {
                var rest = hopefuls.OrderByDescending(c => _votes[c]).ThenBy(_ties.Position).ToList();
                foreach (var c in rest) Elect(c);
                Record(StvAction.FillRemaining, null, null, [], rest);
                break;
            }
            if (_surpluses.Count > 0)
            {
                var c = _surpluses.OrderByDescending(x => _votes[x] - QuotaShare()).ThenBy(_ties.Position).First();
                var rest = _surpluses.Where(x => x != c).ToList();
                _surpluses.Clear();
                foreach (var x in rest) _surpluses.Enqueue(x);
                var surplus = _votes[c] - QuotaShare();
                var factor = surplus / _votes[c];
                var transfers = Move(c, b => Stv.Truncate(_value[b] * surplus / _votes[c]), surplus);
                _votes[c] = QuotaShare();
                Record(StvAction.Surplus, c, factor, transfers, ElectReached());
                continue;
            }
            var excluded = ChooseExclusion(hopefuls);
            if (excluded is null) return Result(complete: false);
            foreach (var c in excluded)
            {
                _status[c] = Status.Excluded;
                var transfers = Move(c, b => _value[b], _votes[c]);
                _votes[c] = 0;
                Record(StvAction.Exclusion, c, 1, transfers, ElectReached());
            }
        }
        return Result(complete: true);
    }

    private decimal QuotaShare() => _rule.Quota == QuotaKind.Droop ? _quota : _p.TotalWeight / _rule.Seats;

    private List<int> ElectReached()
    {
        var reached = Hopefuls.Where(Reaches).OrderByDescending(c => _votes[c]).ThenBy(_ties.Position).ToList();
        foreach (var c in reached)
        {
            if (SeatsLeft == 0) break;
            Elect(c);
            if (_votes[c] > QuotaShare()) _surpluses.Enqueue(c);
        }
        return reached.Where(c => _status[c] == Status.Elected).ToList();
    }

    private void Elect(int c)
    {
        _status[c] = Status.Elected;
        _elected.Add(c);
    }

    private List<int>? ChooseExclusion(List<int> hopefuls)
    {
        var fewest = hopefuls.Min(c => _votes[c]);
        var lowest = hopefuls.Where(c => _votes[c] == fewest).ToList();
        if (lowest.Count == 1) return lowest;
        var stage = $"stage {_rounds.Count + 1} exclusion";
        var tied = lowest;
        for (var r = _history.Count - 1; r >= 0 && tied.Count > 1; r--)
        {
            var min = tied.Min(c => _history[r][c]);
            tied = tied.Where(c => _history[r][c] == min).ToList();
        }
        if (tied.Count == 1)
        {
            _ties.Note(stage, lowest, tied[0], TieMethod.EarlierRounds);
            return tied;
        }
        if (_ties.Worst(tied, stage) is { } worst) return [worst];
        return hopefuls.Count - lowest.Count >= SeatsLeft ? lowest : null;
    }

    /// <summary>Moves every ballot on c's pile to its next hopeful at its new value; returns the transfers.</summary>
    private List<VoteTransfer> Move(int c, Func<int, decimal> newValue, decimal leaving)
    {
        var moved = new decimal[_n + 1];
        foreach (var b in _piles[c])
        {
            _value[b] = newValue(b);
            Place(b, _at[b] + 1, moved);
        }
        _piles[c].Clear();
        var sent = moved.Sum();
        _lost += leaving - sent;
        var transfers = new List<VoteTransfer>();
        for (var to = 0; to <= _n; to++)
            if (moved[to] != 0) transfers.Add(new VoteTransfer(_p.Options[c], to == _n ? null : _p.Options[to], moved[to]));
        return transfers;
    }

    private void Place(int b, int entry, decimal[] moved)
    {
        var end = _p.Start[b] + _p.Length[b];
        while (entry < end && _status[_p.Prefs[entry]] != Status.Hopeful) entry++;
        _at[b] = entry;
        if (entry >= end)
        {
            _exhausted += _value[b];
            moved[_n] += _value[b];
            return;
        }
        var c = _p.Prefs[entry];
        _piles[c].Add(b);
        _votes[c] += _value[b];
        moved[c] += _value[b];
    }

    private void Record(StvAction action, int? candidate, decimal? transferValue, List<VoteTransfer> transfers, List<int> elected)
    {
        _history.Add((decimal[])_votes.Clone());
        var votes = Enumerable.Range(0, _n).Where(c => _status[c] != Status.Excluded || _votes[c] != 0)
            .Select(c => new OptionTotal(_p.Options[c], _votes[c])).ToList();
        _rounds.Add(new StvRound(_rounds.Count + 1, action, candidate is { } c ? _p.Options[c] : null, transferValue,
            transfers, votes, _exhausted, _lost, elected.Select(x => _p.Options[x]).ToList()));
    }

    private ElectionResult<StvDetail> Result(bool complete)
    {
        var elected = _elected.Select(c => _p.Options[c]).ToList();
        var quota = $"{_rule.Quota} quota {Numbers.Show(QuotaShare())} of {Numbers.Show(_p.TotalWeight)} valid votes";
        var text = complete
            ? $"Elected {ChoiceText.List(elected)} to {_rule.Seats} seat{(_rule.Seats == 1 ? "" : "s")} by STV ({quota}, {_rounds.Count} stages)."
            : $"Incomplete: {(elected.Count == 0 ? "no one" : ChoiceText.List(elected))} elected, then {ChoiceText.List(_ties.Record[^1].Tied)} tied for exclusion and no tie-break is configured ({quota}).";
        var detail = new StvDetail(_rule.Quota, QuotaShare(), _p.TotalWeight, _rule.Seats, _rounds);
        return new ElectionResult<StvDetail>(elected, complete, _ties.Record, detail, text);
    }
}
