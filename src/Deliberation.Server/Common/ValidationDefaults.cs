using System.Text;
using FluentValidation;

namespace Deliberation.Server.Common;

internal static class ValidationDefaults
{
    public static void Apply()
    {
        // Failures name fields as the protos do (title.texts[0].language), not as C# does.
        // A chain such as o => o.ReplaceSpan.Start names the whole path: replace_span.start.
        ValidatorOptions.Global.PropertyNameResolver = (_, member, expression) => member is null ? null : PathOf(expression?.Body) ?? ToSnakeCase(member.Name);
        // One violation per field: the first rule it breaks.
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
    }

    private static string? PathOf(System.Linq.Expressions.Expression? body) =>
        body is System.Linq.Expressions.MemberExpression { Expression: var inner } member
            ? (PathOf(inner) is { } outer ? outer + "." : "") + ToSnakeCase(member.Member.Name)
            : null;

    public static string ToSnakeCase(string name)
    {
        var result = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) result.Append('_');
            result.Append(char.ToLowerInvariant(name[i]));
        }
        return result.ToString();
    }
}
