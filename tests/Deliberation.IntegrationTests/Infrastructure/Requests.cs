using Deliberation.Api.V1;

namespace Deliberation.IntegrationTests.Infrastructure;

/// <summary>Well-formed requests for the walking skeleton, to vary in each test.</summary>
public static class Requests
{
    public static string NewId() => Guid.NewGuid().ToString();

    public static LocalizedText Text(params (string Language, string Text)[] texts) =>
        new() { Texts = { texts.Select(t => new Translation { Language = t.Language, Text = t.Text }) } };

    public static CreateSessionRequest CreateSession() => new()
    {
        RequestId = NewId(),
        Title = Text(("en", "A new social contract"), ("sq", "Një kontratë e re shoqërore"), ("sr-Latn", "Novi društveni ugovor")),
        Languages = { "sq", "sr-Latn", "en" },
    };

    public static SubmitProposalRequest SubmitProposal(string sessionId) => new()
    {
        RequestId = NewId(),
        SessionId = sessionId,
        Title = Text(("en", "Bilingual municipal services")),
        Paragraphs = { Text(("en", "Every municipal office answers in Albanian and Serbian.")) },
    };

    public static GroupDimension Dimension(string key, bool selfDeclared, params string[] values) => new()
    {
        Key = key,
        Name = Text(("en", key)),
        Values = { values.Select(v => new GroupValue { Key = v, Label = Text(("en", v)) }) },
        SelfDeclared = selfDeclared,
    };

    public static CastVoteRequest Vote(string ballotId, VoteChoice choice) => new()
    {
        RequestId = NewId(),
        BallotId = ballotId,
        Choice = choice,
    };
}
