using System.Security.Cryptography;
using System.Text;

namespace Deliberation.Tally;

/// <summary>
/// A lot that anyone can redraw from the published seed. Each option's ticket is the lowercase hex of
/// SHA-256 over the UTF-8 bytes of <c>seed + "\n" + option</c>; the options are ordered by ticket,
/// smallest first, and the first wins any tie. No random number generator and no clock is involved, so
/// the draw is the same on every machine and can be checked with any SHA-256 tool, e.g.
/// <c>printf '%s\n%s' "$seed" "$option" | sha256sum</c>.
/// </summary>
public static class Lot
{
    public static string Ticket(string seed, string option) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed + "\n" + option)));

    /// <summary>The options in lot order: the first is preferred in every tie.</summary>
    public static IReadOnlyList<string> Order(string seed, IEnumerable<string> options) =>
        options.Select(o => (Option: o, Ticket: Ticket(seed, o)))
            .OrderBy(t => t.Ticket, StringComparer.Ordinal)
            .ThenBy(t => t.Option, StringComparer.Ordinal)
            .Select(t => t.Option)
            .ToList();
}
