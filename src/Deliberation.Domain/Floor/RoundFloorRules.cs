namespace Deliberation.Domain.Floor;

/// <summary>The floor's rules for one round; a round without rules set runs first come, first served, without limits.</summary>
public sealed record RoundFloorRules(BalanceRule Balance, int? SpeechSeconds, int? PanelistSeconds, int? PointOfOrderSeconds, IReadOnlyList<Guid> PanelSlots)
{
    public static readonly RoundFloorRules Default = new(BalanceRule.None, null, null, null, []);

    public int? LimitFor(RequestKind kind, bool panelist) =>
        panelist ? PanelistSeconds : kind == RequestKind.PointOfOrder ? PointOfOrderSeconds : SpeechSeconds;
}
