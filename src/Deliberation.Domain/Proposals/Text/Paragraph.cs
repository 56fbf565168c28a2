namespace Deliberation.Domain.Proposals.Text;

/// <summary>A paragraph of a proposal's body, with an id that stays the same through every version.</summary>
public sealed record Paragraph(string Id, TrackedText Text);

/// <summary>A paragraph as a command or an event writes it: its id and the texts written, by language.</summary>
public sealed record ParagraphText(string Id, IReadOnlyDictionary<string, string> Texts)
{
    public bool Equals(ParagraphText? other) =>
        other is not null && Id == other.Id && Texts.Count == other.Texts.Count &&
        Texts.All(e => other.Texts.TryGetValue(e.Key, out var text) && text == e.Value);

    public override int GetHashCode() => HashCode.Combine(Id, Texts.Count);
}
