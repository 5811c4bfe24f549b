using System.Text;

namespace SupportPlan.Model.Json;

/// <summary>Helpers for RFC 6901 JSON Pointers.</summary>
public static class JsonPointer
{
    /// <summary>Escapes one reference token (<c>~</c> → <c>~0</c>, <c>/</c> → <c>~1</c>).</summary>
    /// <param name="token">The member name or index.</param>
    /// <returns>The escaped token.</returns>
    public static string Escape(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
    }

    /// <summary>Appends a member name or index to a pointer.</summary>
    /// <param name="pointer">The parent pointer.</param>
    /// <param name="token">The member name or index.</param>
    /// <returns>The child pointer.</returns>
    public static string Append(string pointer, string token) => pointer + "/" + Escape(token);

    /// <summary>Appends an array index to a pointer.</summary>
    /// <param name="pointer">The parent pointer.</param>
    /// <param name="index">The index.</param>
    /// <returns>The child pointer.</returns>
    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Converts a System.Text.Json path (<c>$.a.b[0]['c.d']</c>) to a JSON Pointer (<c>/a/b/0/c.d</c>).
    /// </summary>
    /// <param name="path">The path, or <see langword="null"/>.</param>
    /// <returns>The pointer; empty for the root.</returns>
    public static string FromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return string.Empty;
        }

        var pointer = new StringBuilder();
        var i = path[0] == '$' ? 1 : 0;
        while (i < path.Length)
        {
            var c = path[i];
            if (c == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                pointer.Append('/').Append(Escape(path[(i + 1)..end]));
                i = end;
            }
            else if (c == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    end = path.Length;
                }

                pointer.Append('/').Append(Escape(path[(i + 2)..end]));
                i = Math.Min(path.Length, end + 2);
            }
            else if (c == '[')
            {
                var end = path.IndexOf(']', i + 1);
                if (end < 0)
                {
                    end = path.Length;
                }

                pointer.Append('/').Append(path[(i + 1)..end]);
                i = Math.Min(path.Length, end + 1);
            }
            else
            {
                i++;
            }
        }

        return pointer.ToString();
    }
}
