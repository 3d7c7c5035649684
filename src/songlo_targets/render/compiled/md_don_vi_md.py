# Compiled by jinja2 from songlo_targets/templates/don-vi.md.j2 for md (make docs); never edited.
# type: ignore
# ruff: noqa
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'don-vi.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_unit = resolve('unit')
    l_0_r = resolve('r')
    l_0_label = resolve('label')
    l_0_u = l_0_number = l_0_place_date = l_0_kind = l_0_doc_title = l_0_doc_sub = missing
    try:
        t_1 = environment.filters['inline']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'inline' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    try:
        t_4 = environment.filters['place_date']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'place_date' found.")
    try:
        t_5 = environment.filters['urlencode']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'urlencode' found.")
    try:
        t_6 = environment.filters['vndate']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'vndate' found.")
    try:
        t_7 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_u = (undefined(name='unit') if l_0_unit is missing else l_0_unit)
    context.vars['u'] = l_0_u
    context.exported_vars.add('u')
    l_0_number = environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue'), 'number_line')
    context.vars['number'] = l_0_number
    context.exported_vars.add('number')
    l_0_place_date = t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'place'), environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue'), 'date'))
    context.vars['place_date'] = l_0_place_date
    context.exported_vars.add('place_date')
    l_0_kind = 'PHỤ LỤC'
    context.vars['kind'] = l_0_kind
    context.exported_vars.add('kind')
    l_0_doc_title = str_join(('Tiến độ thực hiện chỉ tiêu, nhiệm vụ năm ', environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year'), ' của ', environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'name'), ))
    context.vars['doc_title'] = l_0_doc_title
    context.exported_vars.add('doc_title')
    l_0_doc_sub = str_join(('(Kèm theo ', environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue'), 'reference'), ' của ', environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue'), 'body'), '; số liệu tính đến ngày ', t_6(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'as_of')), ')', ))
    context.vars['doc_sub'] = l_0_doc_sub
    context.exported_vars.add('doc_sub')
    template = environment.get_template('_header.md.j2', 'don-vi.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'doc_sub': l_0_doc_sub, 'doc_title': l_0_doc_title, 'kind': l_0_kind, 'number': l_0_number, 'place_date': l_0_place_date, 'u': l_0_u}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '[Báo cáo tổng hợp](../tong-hop.md) · [Phụ lục quyết định giao](../quyet-dinh/'
    yield str(environment.finalize(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'id')))
    yield '.md)\n\n- **Khối:** '
    yield str(environment.finalize(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'group_name')))
    yield '\n- **Người giám sát:** '
    if environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'supervisor'):
        pass
        yield str(environment.finalize(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'supervisor')))
        if (environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'supervisor_title') and (environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'supervisor_title') != environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'supervisor'))):
            pass
            yield ', '
            yield str(environment.finalize(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'supervisor_title')))
    else:
        pass
        yield 'Chưa phân công'
    yield '\n'
    if environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'heads'):
        pass
        yield '- **Người đứng đầu:** '
        l_1_loop = missing
        for l_1_h, l_1_loop in LoopContext(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'heads'), undefined):
            _loop_vars = {}
            pass
            yield str(environment.finalize(environment.getattr(l_1_h, 'title')))
            if environment.getattr(l_1_h, 'name'):
                pass
                yield ': '
                yield str(environment.finalize(environment.getattr(l_1_h, 'name')))
            yield str(environment.finalize(('; ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 14 in 'don-vi.md.j2' evaluated to false and no else section was defined."))))
        l_1_loop = l_1_h = missing
        yield '\n'
    yield '- **Tiến độ:** '
    l_1_loop = missing
    for (l_1_b, l_1_n), l_1_loop in LoopContext(context.call(environment.getattr(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'counts'), 'buckets')), undefined):
        _loop_vars = {}
        pass
        yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'bucket', l_1_b, _loop_vars=_loop_vars)))
        yield ': '
        yield str(environment.finalize(l_1_n))
        yield str(environment.finalize(('; ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 17 in 'don-vi.md.j2' evaluated to false and no else section was defined."))))
    l_1_loop = l_1_b = l_1_n = missing
    if environment.getattr(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'counts'), 'stale'):
        pass
        yield '; '
        yield str(environment.finalize(t_1(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'flag', 'stale'))))
        yield ': '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'counts'), 'stale')))
    yield '\n'
    l_1_loop = missing
    for l_1_t, l_1_loop in LoopContext(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'tasks'), undefined):
        _loop_vars = {}
        pass
        yield '\n## '
        yield str(environment.finalize(environment.getattr(l_1_loop, 'index')))
        yield '. '
        yield str(environment.finalize(environment.getattr(l_1_t, 'title')))
        yield '\n\n| | | | |\n|:---|:---|:---|:---|\n| **Loại** | '
        yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'task-type', environment.getattr(l_1_t, 'type'), _loop_vars=_loop_vars)))
        if environment.getattr(l_1_t, 'measure_text'):
            pass
            yield ': '
            yield str(environment.finalize(environment.getattr(l_1_t, 'measure_text')))
        yield ' | **Thời hạn** | '
        yield str(environment.finalize(t_6(environment.getattr(l_1_t, 'deadline'))))
        yield ' |\n| **'
        yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'owner', _loop_vars=_loop_vars)))
        yield '** | '
        yield str(environment.finalize((environment.getattr(l_1_t, 'owner') or context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'subject', 'collective', _loop_vars=_loop_vars))))
        yield ' | **'
        yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'supervisor', _loop_vars=_loop_vars)))
        yield '** | '
        yield str(environment.finalize((environment.getattr(l_1_t, 'supervisor') or '')))
        yield ' |\n'
        if (environment.getattr(l_1_t, 'categories') or environment.getattr(l_1_t, 'basis')):
            pass
            yield '| **Nhóm việc** | '
            yield str(environment.finalize(t_2(context.eval_ctx, environment.getattr(l_1_t, 'categories'), ', ')))
            yield ' | **Căn cứ** | '
            yield str(environment.finalize((environment.getattr(l_1_t, 'basis') or '')))
            yield ' |\n'
        if (((environment.getattr(l_1_t, 'goal') or environment.getattr(l_1_t, 'carried_from')) or environment.getattr(l_1_t, 'carried_to')) or environment.getattr(l_1_t, 'handed_over_to')):
            pass
            yield '| **Mục tiêu** | '
            yield str(environment.finalize((environment.getattr(l_1_t, 'goal') or '')))
            yield ' | **Chuyển tiếp** | '
            if environment.getattr(l_1_t, 'carried_from'):
                pass
                yield 'chuyển từ '
                yield str(environment.finalize(environment.getattr(l_1_t, 'carried_from_text')))
            if environment.getattr(l_1_t, 'carried_to'):
                pass
                yield str(environment.finalize(('; ' if environment.getattr(l_1_t, 'carried_from') else cond_expr_undefined("the inline if-expression on line 31 in 'don-vi.md.j2' evaluated to false and no else section was defined."))))
                yield 'sang năm '
                yield str(environment.finalize((environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year') + 1)))
            if environment.getattr(l_1_t, 'handed_over_to'):
                pass
                yield str(environment.finalize(('; ' if (environment.getattr(l_1_t, 'carried_from') or environment.getattr(l_1_t, 'carried_to')) else cond_expr_undefined("the inline if-expression on line 31 in 'don-vi.md.j2' evaluated to false and no else section was defined."))))
                yield 'chuyển giao cho '
                yield str(environment.finalize(environment.getattr(l_1_t, 'handed_over_to')))
            yield ' |\n'
        yield '| **'
        yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'status', _loop_vars=_loop_vars)))
        yield '** | '
        if environment.getattr(environment.getattr(l_1_t, 'state'), 'dropped'):
            pass
            yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'status', 'dropped', _loop_vars=_loop_vars)))
            yield ' ('
            yield str(environment.finalize(environment.getattr(l_1_t, 'dropped')))
            yield ')'
        elif environment.getattr(environment.getattr(l_1_t, 'state'), 'handed_over'):
            pass
            yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'status', 'handed-over', _loop_vars=_loop_vars)))
            yield ' ('
            yield str(environment.finalize(environment.getattr(l_1_t, 'handed_over_to')))
            yield ')'
        else:
            pass
            yield '**'
            yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'status', environment.getattr(environment.getattr(l_1_t, 'state'), 'status'), _loop_vars=_loop_vars)))
            yield '** — '
            yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'bucket', environment.getattr(environment.getattr(l_1_t, 'state'), 'bucket'), _loop_vars=_loop_vars)))
            if environment.getattr(environment.getattr(l_1_t, 'state'), 'done_date'):
                pass
                yield ', ngày '
                yield str(environment.finalize(t_6(environment.getattr(environment.getattr(l_1_t, 'state'), 'done_date'))))
            if environment.getattr(environment.getattr(l_1_t, 'state'), 'exceeded'):
                pass
                yield ', '
                yield str(environment.finalize(t_1(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'flag', 'exceeded', _loop_vars=_loop_vars))))
            if environment.getattr(environment.getattr(l_1_t, 'state'), 'stale'):
                pass
                yield ', **'
                yield str(environment.finalize(t_1(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'flag', 'stale', _loop_vars=_loop_vars))))
                yield '**'
        yield ' | **Kết quả** | '
        yield str(environment.finalize(environment.getattr(l_1_t, 'value_text')))
        yield ' |\n'
        if environment.getattr(l_1_t, 'amendments'):
            pass
            yield '| **Điều chỉnh** | '
            yield str(environment.finalize(t_2(context.eval_ctx, environment.getattr(l_1_t, 'amendments'), '; ')))
            yield ' | | |\n'
        yield '\n'
        if environment.getattr(l_1_t, 'progress'):
            pass
            yield '| Ngày | '
            yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'status', _loop_vars=_loop_vars)))
            yield ' | Giá trị | Nội dung | Minh chứng |\n|:---:|:---|---:|:---|:---|\n'
            l_2_loop = missing
            for l_2_p, l_2_loop in LoopContext(environment.getattr(l_1_t, 'progress'), undefined):
                _loop_vars = {}
                pass
                yield '| '
                yield str(environment.finalize(t_6(environment.getattr(l_2_p, 'date'))))
                yield ' | '
                yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'status', environment.getattr(l_2_p, 'status'), _loop_vars=_loop_vars)))
                yield ' | '
                if (not t_7(environment.getattr(l_2_p, 'value'))):
                    pass
                    yield str(environment.finalize(t_3(environment.getattr(l_2_p, 'value'))))
                    if environment.getattr(l_1_t, 'measure'):
                        pass
                        yield ' '
                        yield str(environment.finalize(environment.getattr(environment.getattr(l_1_t, 'measure'), 'unit')))
                elif (not t_7(environment.getattr(l_2_p, 'percent'))):
                    pass
                    yield str(environment.finalize(t_3(environment.getattr(l_2_p, 'percent'))))
                    yield '%'
                yield ' | '
                if environment.getattr(l_2_p, 'result'):
                    pass
                    yield '**Kết quả:** '
                    yield str(environment.finalize(environment.getattr(l_2_p, 'result')))
                    if environment.getattr(l_2_p, 'note'):
                        pass
                        yield '<br>'
                yield str(environment.finalize((environment.getattr(l_2_p, 'note') or '')))
                if environment.getattr(l_2_p, 'exceeded'):
                    pass
                    yield ' ('
                    yield str(environment.finalize(t_1(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'flag', 'exceeded', _loop_vars=_loop_vars))))
                    yield ')'
                yield ' | '
                l_3_loop = missing
                for l_3_e, l_3_loop in LoopContext(environment.getattr(l_2_p, 'evidence'), undefined):
                    _loop_vars = {}
                    pass
                    if environment.getattr(l_3_e, 'file'):
                        pass
                        yield '['
                        yield str(environment.finalize(environment.getattr(l_3_e, 'title')))
                        yield ']('
                        yield str(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidence_root')))
                        yield '/'
                        yield str(environment.finalize(t_5(environment.getattr(l_3_e, 'file'))))
                        yield ')'
                    else:
                        pass
                        yield str(environment.finalize(environment.getattr(l_3_e, 'title')))
                    if environment.getattr(l_3_e, 'number'):
                        pass
                        yield ', số '
                        yield str(environment.finalize(environment.getattr(l_3_e, 'number')))
                    if environment.getattr(l_3_e, 'date'):
                        pass
                        yield ' ngày '
                        yield str(environment.finalize(t_6(environment.getattr(l_3_e, 'date'))))
                    if environment.getattr(l_3_e, 'url'):
                        pass
                        yield '<br>'
                        yield str(environment.finalize(environment.getattr(l_3_e, 'url')))
                    if (not environment.getattr(l_3_loop, 'last')):
                        pass
                        yield '<br>'
                l_3_loop = l_3_e = missing
                yield ' |\n'
            l_2_loop = l_2_p = missing
        else:
            pass
            yield '*Chưa có báo cáo tiến độ.*\n'
    l_1_loop = l_1_t = missing

blocks = {}
debug_info = '1=57&2=60&3=63&4=66&5=69&6=72&7=75&8=82&10=84&11=86&13=97&14=101&17=114&19=130&21=134&25=138&26=146&27=154&28=157&30=161&31=164&33=182&34=218&35=221&38=224&39=227&41=230&42=234'
