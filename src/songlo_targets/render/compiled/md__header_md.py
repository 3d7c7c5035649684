# Compiled by jinja2 from songlo_targets/templates/_header.md.j2 for md (make docs); never edited.
# type: ignore
# ruff: noqa
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_header.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_r = resolve('r')
    l_0_number = resolve('number')
    l_0_place_date = resolve('place_date')
    l_0_kind = resolve('kind')
    l_0_doc_title = resolve('doc_title')
    l_0_doc_sub = resolve('doc_sub')
    try:
        t_1 = environment.filters['vnupper']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'vnupper' found.")
    pass
    yield '| | |\n|:---:|:---:|\n| '
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'superior'):
        pass
        yield str(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'superior'))))
        yield '<br>'
    yield '**'
    yield str(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'name'))))
    yield '**<br>\\*<br>'
    yield str(environment.finalize((undefined(name='number') if l_0_number is missing else l_0_number)))
    yield ' | **<u>ĐẢNG CỘNG SẢN VIỆT NAM</u>**<br><br>*'
    yield str(environment.finalize((undefined(name='place_date') if l_0_place_date is missing else l_0_place_date)))
    yield '* |\n\n# '
    yield str(environment.finalize((undefined(name='kind') if l_0_kind is missing else l_0_kind)))
    yield '\n\n**'
    yield str(environment.finalize((undefined(name='doc_title') if l_0_doc_title is missing else l_0_doc_title)))
    yield '**'
    if (undefined(name='doc_sub') if l_0_doc_sub is missing else l_0_doc_sub):
        pass
        yield '<br>\n*'
        yield str(environment.finalize((undefined(name='doc_sub') if l_0_doc_sub is missing else l_0_doc_sub)))
        yield '*'
    yield '\n\n'

blocks = {}
debug_info = '3=24&5=35&7=37&8=42'
