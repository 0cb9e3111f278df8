using System.Globalization;
using System.Text;

namespace DataSpine.Grains.Catalog.Classification;

/// <summary>Folds accented Latin letters to their base letter ("teléfono" → "telefono", "ø" → "o").</summary>
internal static class Diacritics
{
    public static string Fold(string text)
    {
        var ascii = true;
        foreach (var c in text)
        {
            ascii &= c < 128;
        }

        if (ascii)
        {
            return text;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'ø': sb.Append('o'); break;
                case 'Ø': sb.Append('O'); break;
                case 'æ': sb.Append("ae"); break;
                case 'Æ': sb.Append("AE"); break;
                case 'ß': sb.Append("ss"); break;
                case 'ł': sb.Append('l'); break;
                case 'Ł': sb.Append('L'); break;
                case 'đ': sb.Append('d'); break;
                case 'ı': sb.Append('i'); break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
