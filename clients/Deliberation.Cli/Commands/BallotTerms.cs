using System.CommandLine;
using Deliberation.Api.V1;

namespace Deliberation.Cli.Commands;

/// <summary>The terms a ballot opens with, whatever it is on: changes, secrecy, deadline and weights.</summary>
internal sealed class BallotTerms
{
    private readonly Option<bool> _changes = new("--changes-allowed") { Description = "Let voters change or withdraw their vote until the ballot closes" };

    private readonly Option<BallotSecrecy> _secrecy = new("--secrecy")
    {
        Description = "public (who voted what, running totals), hidden (no totals until close) or secret (nobody learns who chose what)",
        HelpName = "public|hidden|secret",
        DefaultValueFactory = _ => BallotSecrecy.Public,
        CustomParser = result => result.Tokens[0].Value.ToLowerInvariant() switch
        {
            "public" => BallotSecrecy.Public,
            "hidden" => BallotSecrecy.ResultsHidden,
            "secret" => BallotSecrecy.Secret,
            var other => Fail(result, other),
        },
    };

    private readonly Option<DateTimeOffset?> _closesAt = new("--closes-at")
    {
        Description = "When the ballot closes by itself, e.g. 2026-11-23T18:00:00Z (default: when a moderator closes it)",
    };

    private readonly Option<string[]> _weights = new("--weight") { Description = "A voter's weight, as PARTICIPANT_ID=N (1-1000); repeat for each; everyone else weighs 1" };

    private readonly Option<string> _requestId = CommonOptions.RequestId();

    public IEnumerable<Option> Options => [_weights, _changes, _secrecy, _closesAt, _requestId];

    /// <summary>A request to open a ballot on these terms; what it is on is the caller's to add.</summary>
    public OpenBallotRequest Request(ParseResult parsed)
    {
        var request = new OpenBallotRequest
        {
            RequestId = parsed.GetValue(_requestId)!,
            ChangesAllowed = parsed.GetValue(_changes),
            Secrecy = parsed.GetValue(_secrecy),
            ClosesAt = parsed.GetValue(_closesAt) is { } at ? Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(at) : null,
        };
        foreach (var given in parsed.GetValue(_weights) ?? [])
            request.Weights[given.Split('=', 2)[0]] = given.Split('=', 2) is [_, var n] && int.TryParse(n, out var weight)
                ? weight
                : throw new InputError($"--weight takes PARTICIPANT_ID=N, not \"{given}\"");
        return request;
    }

    private static BallotSecrecy Fail(System.CommandLine.Parsing.ArgumentResult result, string given)
    {
        result.AddError($"Secrecy is public, hidden or secret, not '{given}'.");
        return BallotSecrecy.Unspecified;
    }
}
