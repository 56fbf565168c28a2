using Deliberation.Domain.Common;

namespace Deliberation.Domain.Sessions.Groups;

/// <summary>
/// A way the session's participants are grouped (community, gender, organisation, role), with its values.
/// Every dimension also has the value <see cref="Undisclosed"/>, which a person may always choose.
/// </summary>
public sealed record GroupDimension(string Key, LocalizedText Name, IReadOnlyList<GroupValue> Values, bool SelfDeclared)
{
    public const string Undisclosed = "undisclosed";

    public bool Allows(string value) => value == Undisclosed || Values.Any(v => v.Key == value);
}

public sealed record GroupValue(string Key, LocalizedText Label);
