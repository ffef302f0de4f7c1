// The NIP of a civil servant (PP 11/2017; Peraturan BKN on the NIP): 18 digits — birth date
// yyyymmdd, TMT CPNS yyyymm, sex 1 (male) or 2 (female), serial of three. A PPPK's NIP writes
// "21" where a PNS's has the TMT month. Printed with or without spaces ("19641009 199203 1 005").

export interface NipParts {
  digits: string;
  /** Birth date as printed (yyyy-mm-dd) and whether it is a real date. */
  birth: string;
  birthValid: boolean;
  /** TMT year and month ("21" for a PPPK: no month). */
  tmtYear: number;
  tmtMonth: number;
  pppk: boolean;
  tmtMonthValid: boolean;
  sexDigit: string;
  /** Whole years from birth to TMT (by month); undefined when either is no date. */
  ageAtTmt?: number;
}

const PPPK_CODE = 21;

function realDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The parts of an 18-digit NIP; undefined for another length. */
export function nipParts(digits: string): NipParts | undefined {
  if (!/^\d{18}$/.test(digits)) return undefined;
  const [y, m, d] = [Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6, 8))];
  const [ty, tm] = [Number(digits.slice(8, 12)), Number(digits.slice(12, 14))];
  const birthValid = realDate(y, m, d);
  const pppk = tm === PPPK_CODE;
  const tmtMonthValid = pppk || (tm >= 1 && tm <= 12);
  const tmtValid = ty >= 1900 && tmtMonthValid;
  return {
    digits,
    birth: `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`,
    birthValid,
    tmtYear: ty,
    tmtMonth: tm,
    pppk,
    tmtMonthValid,
    sexDigit: digits[14],
    // A PPPK's TMT has no month: taken as December, the latest it can be (never a false "too young").
    ageAtTmt: birthValid && tmtValid ? Math.floor((ty * 12 + (pppk ? 12 : tm) - (y * 12 + m)) / 12) : undefined,
  };
}
